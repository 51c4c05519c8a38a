package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Looks accounts up for authentication. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    /** The code of the agency an account belongs to, if it belongs to one. */
    public Optional<String> findAgencyCode(String username) {
        return em.createNativeQuery("SELECT a.code FROM user_account u JOIN agency a ON a.id = u.agency_id WHERE u.username = ?")
                .setParameter(1, username).getResultStream().findFirst().map(String.class::cast);
    }

    /** The credentials of an enabled account; a disabled account is as good as none. */
    public Optional<AccountCredentials> findEnabledCredentials(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .findFirst()
                .map(u -> new AccountCredentials(u.username(), u.displayName(), u.passwordHash(), u.roles()));
    }

    /** Whether the account exists and is enabled now: a session of an account disabled since it signed in is refused everything. */
    public boolean isEnabled(String username) {
        return !em.createNativeQuery("SELECT id FROM user_account WHERE username = ? AND enabled").setParameter(1, username)
                .getResultList().isEmpty();
    }
}
