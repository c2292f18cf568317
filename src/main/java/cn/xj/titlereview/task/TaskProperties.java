package cn.xj.titlereview.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Task operations.
 *
 * <pre>
 * titlereview:
 *   tasks:
 *     urge-interval: PT4H   # 催办: at most once per task and urger within this time (product clock)
 *     list-authorization-union: true   # task lists check authorizations in a form the database can index
 * </pre>
 */
@ConfigurationProperties("titlereview.tasks")
public record TaskProperties(@DefaultValue("PT4H") Duration urgeInterval,
        @DefaultValue("true") boolean listAuthorizationUnion) {
}
