package cn.xj.titlereview.application;

import java.util.Optional;

/**
 * The groups an application's process routes its work to, as the engine keeps them. Apart from the
 * process gateway because access checks need it everywhere (attachments too), and it needs nothing but
 * the engine's history (implemented in {@code application.engine}).
 */
public interface ProcessRoutings {

    /** Empty when no process has started or its history is gone. */
    Optional<ProcessRouting> of(Application application);
}
