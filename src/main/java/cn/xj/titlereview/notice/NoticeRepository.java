package cn.xj.titlereview.notice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NoticeRepository extends JpaRepository<Notice, String> {

    List<Notice> findAllByOrderByYearDescDeclarationStartDescIdAsc();

    List<Notice> findByStatusOrderByYearDescDeclarationStartDescIdAsc(NoticeStatus status);
}
