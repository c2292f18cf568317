/**
 * The product API's error shape: {@code {"message":"申报信息有误","errors":[{"field":"idNumber",
 * "rule":"校验码","message":"身份证号码校验码不正确"}]}} for every refusal (400 lists every field
 * problem; 401, 403, 404, 409 carry an empty list).
 */
package cn.xj.titlereview.api;
