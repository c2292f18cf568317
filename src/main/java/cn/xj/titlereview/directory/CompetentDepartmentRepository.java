package cn.xj.titlereview.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Writes of the directory (reads go through the cached {@code OrganisationDirectory}). */
interface CompetentDepartmentRepository extends JpaRepository<CompetentDepartmentEntity, String> {
}
