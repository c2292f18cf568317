package cn.xj.titlereview.application;

import java.util.List;

import org.springframework.stereotype.Component;

/** The materials every notice asks for: the ID card and a photo. Replace with the notice's list. */
@Component
class BasicRequiredMaterials implements RequiredMaterials {

    static final List<Material> ALWAYS = List.of(
            new Material("id-card", "身份证扫描件"),
            new Material("photo", "近期一寸免冠照片"));

    @Override
    public List<Material> requiredFor(Application application) {
        return ALWAYS;
    }
}
