package cn.xj.titlereview.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every exception that ends a command at ERROR (ENGINE-16004, logger
 * {@code org.camunda.bpm.engine.context}), also the product's refusals of a task operation or a decision
 * ({@link TaskRefusalExceptionMapper}): those are answers to people, not faults. This filter turns such a line
 * into one INFO line with the Chinese message; every other ERROR stays as it is.
 */
class EngineRefusalLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    private static final Logger LOG = LoggerFactory.getLogger(EngineRefusalLogFilter.class);

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                              Object[] params, Throwable t) {
        if (level != Level.ERROR || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        if (thrown == null) {
            return FilterReply.NEUTRAL;
        }
        return TaskRefusalExceptionMapper.refusal(thrown).map(refusal -> {
            LOG.info("已拒绝（{}）：{}", refusal.status().getStatusCode(), refusal.message());
            return FilterReply.DENY;
        }).orElse(FilterReply.NEUTRAL);
    }
}
