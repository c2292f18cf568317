package cn.xj.titlereview.attachment;

import cn.xj.titlereview.security.ApiUser;

/**
 * How a user may use the attachments of an application; implemented by the application module
 * (which knows owners, states and reviewer roles). Unknown application: 404 (ApiProblemException).
 */
public interface ApplicationAttachmentAccess {

    enum Access {
        /** the owner, while the application may be changed */
        EDIT,
        /** the owner, after submission */
        OWNER_READ,
        /** a reviewer: masked copies only */
        REVIEW,
        /** an expert of the application's committee: masked copies only, without file names (盲评) */
        BLIND_REVIEW,
        NONE
    }

    Access accessTo(String applicationNo, ApiUser user);

    /**
     * As {@link #accessTo}, for a change the owner is about to make: outside the notice's declaration window
     * (and not revising after a return) the owner is refused with the window's dates (409) before anything
     * sent is looked at.
     */
    Access accessForEdit(String applicationNo, ApiUser user);

    /** As {@link #accessTo}, locking the application against concurrent submission for the transaction. */
    Access accessForChange(String applicationNo, ApiUser user);
}
