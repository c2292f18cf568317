package cn.xj.titlereview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TitleReviewApplication {
    public static void main(String[] args) {
        SpringApplication.run(TitleReviewApplication.class, args);
    }
}
