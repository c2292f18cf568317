package cn.xj.titlereview.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product's static pages: the applicant's declaration pages (static/declare/) and the experts'
 * blind-review page (static/review/), the HR bureaus' directory page (static/directory/), the applicants'
 * registration (static/register/), every role's message centre (static/messages/), the supervisors' campaign page (static/supervision/),
 * the committee offices' page of pools, filings and meetings (static/committee/).
 * {@code /declare/}, {@code /review/}, {@code /directory/}, {@code /register/}, {@code /messages/} and
 * {@code /supervision/}, {@code /committee/} and {@code /unit-reviewers/} (a unit's contact: its reviewers) show
 * the pages, and the
 * folders without their trailing slash lead there (the pages' relative links need it).
 */
@Configuration
class DeclarationPages implements WebMvcConfigurer {

    static final String PATH = "/declare/";
    static final String REVIEW_PATH = "/review/";
    static final String DIRECTORY_PATH = "/directory/";
    static final String REGISTER_PATH = "/register/";
    static final String MESSAGES_PATH = "/messages/";
    static final String SUPERVISION_PATH = "/supervision/";
    static final String COMMITTEE_PATH = "/committee/";
    /** A unit's contact: the unit's reviewers (本单位审核人员). */
    static final String UNIT_REVIEWERS_PATH = "/unit-reviewers/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String path : new String[] {PATH, REVIEW_PATH, DIRECTORY_PATH, REGISTER_PATH, MESSAGES_PATH,
                SUPERVISION_PATH, COMMITTEE_PATH, UNIT_REVIEWERS_PATH}) {
            registry.addRedirectViewController(path.substring(0, path.length() - 1), path);
            registry.addViewController(path).setViewName("forward:" + path + "index.html");
        }
    }
}
