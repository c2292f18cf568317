package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

    private final Map<String, Object> values = new HashMap<>();
    private final VariableScope scope = mock(VariableScope.class);

    @BeforeEach
    void backTheScopeWithAMap() {
        when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
        doAnswer(call -> values.put(call.getArgument(0), call.getArgument(1))).when(scope).setVariable(anyString(), any());
    }

    @Test
    void readsAndWritesByName() {
        ProcessVariable<String> level = ProcessVariable.stringVariable("level");

        level.set(scope, "SENIOR_DEPUTY");

        assertThat(level.get(scope)).isEqualTo("SENIOR_DEPUTY");
        assertThat(scope.getVariable("level")).isEqualTo("SENIOR_DEPUTY");
    }

    @Test
    void aMissingVariableFailsNamingIt() {
        assertThatThrownBy(() -> ProcessVariable.integerVariable("publicityWorkingDays").get(scope))
                .hasMessage("缺少流程变量：publicityWorkingDays");
        assertThat(ProcessVariable.integerVariable("voteRound").getOrDefault(scope, 0)).isZero();
    }

    @Test
    void numbersAreConvertedToTheDeclaredType() {
        scope.setVariable("fee", 700L);
        scope.setVariable("voteQuorum", 1);

        assertThat(ProcessVariable.integerVariable("fee").get(scope)).isEqualTo(700);
        assertThat(ProcessVariable.doubleVariable("voteQuorum").get(scope)).isEqualTo(1.0);
    }

    @Test
    void aValueOfAnotherTypeIsRefused() {
        scope.setVariable("villageWork", "yes");

        assertThatThrownBy(() -> ProcessVariable.booleanVariable("villageWork").get(scope))
                .hasMessageContaining("villageWork").hasMessageContaining("Boolean");
    }
}
