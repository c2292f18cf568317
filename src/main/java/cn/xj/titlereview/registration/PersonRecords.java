package cn.xj.titlereview.registration;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * The registered identity of an account, for the declaration: an applicant who registered declares under the
 * name and identity document of the registration (实名). Accounts without a record (the demo applicants, users
 * created in Camunda Admin) have none.
 */
@Service
public class PersonRecords {

    /** Name, kind of document and its full number (decrypted: never logged), and the phone on file. */
    public record RegisteredPerson(String userId, String name, IdType idType, String idNumber, String phone) {
        @Override
        public String toString() {
            return "RegisteredPerson[" + userId + "]";
        }
    }

    private final PersonRepository people;
    private final IdNumberCrypto crypto;

    PersonRecords(PersonRepository people, IdNumberCrypto crypto) {
        this.people = people;
        this.crypto = crypto;
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredPerson> of(String userId) {
        return people.findByUserId(userId).map(p -> new RegisteredPerson(p.userId(), p.name(), p.idType(),
                crypto.decrypt(p.idNumberCipher()), p.phone()));
    }
}
