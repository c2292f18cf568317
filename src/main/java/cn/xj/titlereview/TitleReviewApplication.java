package cn.xj.titlereview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 新疆职称评审系统: notices as BPMN processes on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TitleReviewApplication {
    public static void main(String[] args) {
        SpringApplication.run(TitleReviewApplication.class, args);
    }
}
