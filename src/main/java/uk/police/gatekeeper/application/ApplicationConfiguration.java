package uk.police.gatekeeper.application;

import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.gatekeeper.authorisation.AuthorisationValidity;
import uk.police.gatekeeper.sla.UkJurisdiction;
import uk.police.gatekeeper.sla.WorkingDayCalendar;

/** The application's rule objects as beans: the submission rules, validity arithmetic, the calendar. */
@Configuration
public class ApplicationConfiguration {

  @Bean
  ApplicationSubmission applicationSubmission(Validator validator, CspDirectory cspDirectory) {
    return new ApplicationSubmission(validator, cspDirectory);
  }

  @Bean
  AuthorisationValidity authorisationValidity() {
    return new AuthorisationValidity();
  }

  /** The unit's one working-day calendar; bank holidays of the jurisdiction it works in. */
  @Bean
  WorkingDayCalendar workingDayCalendar(@Value("${gatekeeper.working-days.jurisdiction:ENGLAND_AND_WALES}") String jurisdiction) {
    return new WorkingDayCalendar(UkJurisdiction.fromSetting(jurisdiction));
  }
}
