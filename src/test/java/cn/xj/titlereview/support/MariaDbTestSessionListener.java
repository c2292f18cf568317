package cn.xj.titlereview.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Drops the run's MariaDB test database after the last test (registered in META-INF/services). */
public class MariaDbTestSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        MariaDbTestDatabase.dropIfCreated();
    }
}
