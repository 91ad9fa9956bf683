package org.tryon.licensing.sessions.application;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tryon.fees.api.ExamFeePayments;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.SettingKey;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;

/** ExamSessions wired by hand on a real MariaDB: settings at their defaults, no delegate, the events and fees faked. */
final class SessionsTestWiring {

    /** The durable events published, in order. */
    static final List<IntegrationEvent> PUBLISHED = new CopyOnWriteArrayList<>();

    /** A fake of fees: what was paid per fee registration, settled when it covers the fee. */
    static final class FakeFees implements ExamFeePayments {
        final Map<Long, Money> paid = new ConcurrentHashMap<>();
        final Map<Long, Money> fee = new ConcurrentHashMap<>();

        @Override
        public void pay(ExamFee f, Money amount, String method, String reference, LocalDate receivedOn, String by) {
            fee.put(f.registrationId().value(), f.amount());
            paid.merge(f.registrationId().value(), amount, Money::plus);
        }

        @Override
        public boolean settled(ExamRegistrationId registrationId) {
            return fee.containsKey(registrationId.value())
                    && !paid.getOrDefault(registrationId.value(), Money.ZERO)
                            .minus(fee.get(registrationId.value()))
                            .isNegative();
        }

        @Override
        public Money balance(CandidateId candidateId) {
            return Money.ZERO;
        }
    }

    static final FakeFees FEES = new FakeFees();

    private SessionsTestWiring() {}

    static ExamSessions sessions(EntityManager em, Clock clock) {
        ExamSessions s = new ExamSessions();
        s.em = em;
        s.clock = clock;
        s.validator = (Validator) Proxy.newProxyInstance(
                Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class},
                (proxy, method, args) -> method.getName().equals("validate") ? Set.of() : null);
        s.events = new EventPublisher() {
            @Override
            public void publishDurably(IntegrationEvent event) {
                PUBLISHED.add(event);
            }

            @Override
            public void publish(IntegrationEvent event) {
                PUBLISHED.add(event);
            }
        };
        s.rules = new ExamRuleBook(em);
        s.delegation = new ExamDelegation() {
            @Override
            public Optional<String> delegateOnly() {
                return Optional.empty();
            }

            @Override
            public void requireSession(long sessionId) {}
        };
        s.settings = new Settings() {
            @Override
            public <T> T valueOn(SettingKey<T> key, LocalDate date) {
                return timeline(key).valueOn(date);
            }

            @Override
            public <T> SettingTimeline<T> timeline(SettingKey<T> key) {
                return new SettingTimeline<>(key, Map.of());
            }
        };
        s.user = new CurrentUser();
        s.fees = FEES;
        return s;
    }
}
