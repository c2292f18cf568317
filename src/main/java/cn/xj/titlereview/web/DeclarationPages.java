package cn.xj.titlereview.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product's static pages: the applicant's declaration pages (static/declare/) and the experts'
 * blind-review page (static/review/), the HR bureaus' directory page (static/directory/), the applicants'
 * registration (static/register/), every role's message centre (static/messages/), the supervisors' campaign page (static/supervision/).
 * {@code /declare/}, {@code /review/}, {@code /directory/}, {@code /register/}, {@code /messages/} and
 * {@code /supervision/} show the pages, and the
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
    /** The designers' notice publishing (static/designer/). */
    static final String DESIGNER_PATH = "/designer/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String path : new String[] {PATH, REVIEW_PATH, DIRECTORY_PATH, REGISTER_PATH, MESSAGES_PATH,
                SUPERVISION_PATH, DESIGNER_PATH}) {
            registry.addRedirectViewController(path.substring(0, path.length() - 1), path);
            registry.addViewController(path).setViewName("forward:" + path + "index.html");
        }
    }
}
