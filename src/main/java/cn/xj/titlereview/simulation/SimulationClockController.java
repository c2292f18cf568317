package cn.xj.titlereview.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Profile {@code simulation}: move the engine clock so due timers fire (training, demos, end-to-end tests). */
@RestController
@Profile("simulation")
@RequestMapping("/api/simulation/clock")
@Tag(name = "模拟时钟", description = "仅 simulation 配置：拨动流程引擎时钟，回放整个评审周期")
class SimulationClockController {

    private final SimulationClockService clock;

    SimulationClockController(SimulationClockService clock) {
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "查看模拟时钟的当前时间")
    Map<String, Object> now() {
        return Map.of("now", clock.now().toString());
    }

    /** Body: {@code {"to": "2024-10-11T09:00:00+08:00"}} or {@code {"advance": "PT48H"}}. */
    @PostMapping
    @Operation(summary = "拨动模拟时钟（to：目标时间，或 advance：ISO-8601 时长），并执行到期的定时任务")
    SimulationClockService.ClockMove move(@RequestBody Map<String, String> body) {
        String to = body.get("to");
        String advance = body.get("advance");
        if ((to == null) == (advance == null)) {
            throw new IllegalArgumentException("请只填写 to（目标时间）或 advance（时长）其中之一");
        }
        if (to != null) {
            return clock.moveTo(parseInstant(to));
        }
        return clock.advance(parseDuration(advance));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badInput(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getMessage()));
    }

    private static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("to：时间格式应为 ISO-8601，例如 2024-10-11T09:00:00+08:00");
        }
    }

    private static Duration parseDuration(String text) {
        try {
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("advance：时长格式应为 ISO-8601，例如 PT48H 或 P2D");
        }
    }
}
