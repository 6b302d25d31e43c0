package uk.police.gatekeeper.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API requires HTTP Basic credentials of a Camunda user and then runs as that user, so REST
 * calls obey exactly the authorizations the webapps obey. Gatekeeper's case API and error register are guarded the same way. This is the pattern Camunda Run uses; the provider is named by class, as Camunda documents.
 */
@Configuration
public class RestAuthentication {

  static final String HTTP_BASIC_PROVIDER =
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("gatekeeper-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HTTP_BASIC_PROVIDER);
    // Not /api/csp/*: CSPs authenticate as themselves there (CspCallbackController).
    // /api/errors.csv is named on its own: servlet patterns match by path segment, so /api/errors/*
    // covers /api/errors and /api/errors/statistics but not the export beside them.
    registration.addUrlPatterns("/engine-rest/*", "/api/applications/*", "/api/errors", "/api/errors/*",
        "/api/errors.csv");
    registration.setOrder(1);
    return registration;
  }
}
