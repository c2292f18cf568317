package cn.xj.titlereview.simulation;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@Profile("simulation")
class SimulationConfiguration {

    @Bean
    Clock engineClock() {
        return new EngineClock(cn.xj.titlereview.calendar.BeijingTime.ZONE);
    }
}
