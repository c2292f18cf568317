package cn.xj.titlereview.identity;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The members of a committee's expert group in the engine's identity service, read whatever the caller
 * may see: an applicant's submission starts the process that names them, and the applicant may not list users.
 */
@Component
class EngineCommitteeExperts implements CommitteeExperts {

    private final ProcessEngine engine;

    EngineCommitteeExperts(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<String> userIds(String committeeCode) {
        String group = RoleGroups.experts(committeeCode);
        Command<List<String>> members = context -> context.runWithoutAuthorization(() ->
                context.getReadOnlyIdentityProvider().createUserQuery(context).memberOfGroup(group)
                        .orderByUserId().asc().list().stream().map(User::getId).toList());
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(members);
    }
}
