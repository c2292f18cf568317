package cn.xj.titlereview.registration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUserId(String userId);

    Optional<Person> findByPhone(String phone);

    boolean existsByPhone(String phone);
}
