package cn.xj.titlereview.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product's static pages, each a folder under static/: the applicant's declaration (/declare/), the experts'
 * blind review and ballot sheet (/review/), the HR bureaus' directory (/directory/), registration (/register/),
 * every role's message centre (/messages/), the supervisors' campaign view (/supervision/), the committee
 * offices' pools, filings and meetings (/committee/), a unit contact's reviewers (/unit-reviewers/) and the
 * designers' notice publishing (/designer/). A folder without its trailing slash leads there (the pages'
 * relative links need it).
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
    /** The designers' notice publishing (static/designer/). */
    static final String DESIGNER_PATH = "/designer/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String path : new String[] {PATH, REVIEW_PATH, DIRECTORY_PATH, REGISTER_PATH, MESSAGES_PATH,
                SUPERVISION_PATH, COMMITTEE_PATH, UNIT_REVIEWERS_PATH, DESIGNER_PATH}) {
            registry.addRedirectViewController(path.substring(0, path.length() - 1), path);
            registry.addViewController(path).setViewName("forward:" + path + "index.html");
        }
    }
}
