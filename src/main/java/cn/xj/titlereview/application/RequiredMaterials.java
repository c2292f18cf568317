package cn.xj.titlereview.application;

import java.util.List;

/**
 * Which materials (attachment categories) an application must carry to be submitted. The notice
 * decides (config/notices/&lt;id&gt;.yml, with conditions); {@link BasicRequiredMaterials} asks only
 * for what every notice asks.
 */
public interface RequiredMaterials {

    record Material(String id, String name) {
    }

    List<Material> requiredFor(Application application);
}
