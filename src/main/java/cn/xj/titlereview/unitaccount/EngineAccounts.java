package cn.xj.titlereview.unitaccount;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.security.PasswordPolicyProblems;

/**
 * The Camunda users of unit accounts, written on behalf of the product (a unit's contact may not create users in
 * the engine): the password policy, a password hashed now and given to a user created later (the contact's, at
 * the approval), users with their membership, and a user's removal.
 */
@Component
class EngineAccounts {

    /** The engine's resource-id pattern: letters and digits; lower case keeps ids readable and unambiguous. */
    static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]{3,31}");

    /** The salted hash of a password, as the engine stores it. */
    record Hashed(String hash, String salt) {
    }

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl configuration;

    EngineAccounts(IdentityService identityService, ProcessEngine engine) {
        this.identityService = identityService;
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    boolean exists(String userId) {
        return asProduct(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    /** The policy's problems of the password for a user of this id and name (field {@code field}). */
    void checkPassword(Problems problems, String field, String password, String userId, String name) {
        if (password == null || password.isEmpty()) {
            problems.add(field, "必填", "请设置密码");
            return;
        }
        User candidate = identityService.newUser(userId == null ? "x" : userId);
        candidate.setFirstName(name);
        candidate.setLastName("");
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, candidate);
        if (!result.isValid()) {
            List<FieldProblem> violated = PasswordPolicyProblems.of(result.getViolatedRules(), field);
            problems.addAll(violated);
        }
    }

    Hashed hash(String password) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            UserEntity user = new UserEntity();
            user.setPassword(password);
            user.encryptPassword();
            return new Hashed(user.getPassword(), user.getSalt());
        });
    }

    /** A new user in the group; with a hashed password (policy checked when it was given) or a plain one. */
    void create(String userId, String name, String email, Hashed hashed, String password, String groupId) {
        asProduct(() -> {
            UserEntity user = (UserEntity) identityService.newUser(userId);
            user.setFirstName(name);
            user.setLastName("");
            user.setEmail(email);
            if (hashed != null) {
                user.setDbPassword(hashed.hash());
                user.setSalt(hashed.salt());
                ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
            } else {
                user.setPassword(password);
                identityService.saveUser(user);
            }
            identityService.createMembership(userId, groupId);
            return null;
        });
    }

    void setInfo(String userId, String key, String value) {
        asProduct(() -> {
            identityService.setUserInfo(userId, key, value);
            return null;
        });
    }

    String info(String userId, String key) {
        return asProduct(() -> identityService.getUserInfo(userId, key));
    }

    List<User> members(String groupId) {
        return asProduct(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
    }

    List<String> groupsOf(String userId) {
        return asProduct(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }

    /** Leaves the group; the user goes too when it is in no other group. */
    void remove(String userId, String groupId) {
        asProduct(() -> {
            identityService.deleteMembership(userId, groupId);
            if (identityService.createGroupQuery().groupMember(userId).count() == 0) {
                identityService.deleteUser(userId);
            }
            return null;
        });
    }

    private <T> T asProduct(java.util.function.Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
