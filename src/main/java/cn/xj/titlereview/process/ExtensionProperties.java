package cn.xj.titlereview.process;

import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads {@code camunda:property} values that a designer sets on a model element in the Modeler. */
public final class ExtensionProperties {

    private ExtensionProperties() {
    }

    public static Optional<String> find(BaseElement element, String name) {
        if (element == null) {
            return Optional.empty();
        }
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
