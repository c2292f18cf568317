package cn.xj.titlereview.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the one-time codes ({@code titlereview.registration.codes}): how long a code holds, how many wrong
 * tries it allows, how often a phone may get one and how many a day (Beijing day), and how many codes one client
 * address may ask for within an hour.
 */
@ConfigurationProperties("titlereview.registration.codes")
record VerificationCodeProperties(Duration validFor, int maxTries, Duration phoneInterval, int phonePerDay,
                                  int addressPerHour) {

    VerificationCodeProperties {
        validFor = validFor == null ? Duration.ofMinutes(5) : validFor;
        maxTries = maxTries <= 0 ? 5 : maxTries;
        phoneInterval = phoneInterval == null ? Duration.ofMinutes(1) : phoneInterval;
        phonePerDay = phonePerDay <= 0 ? 10 : phonePerDay;
        addressPerHour = addressPerHour <= 0 ? 30 : addressPerHour;
    }
}
