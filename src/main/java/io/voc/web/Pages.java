package io.voc.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.voc.web.security.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates under {@code src/main/resources/templates}. Every page also gets
 * {@code me} (the signed-in caller, for the header), {@code csrf} (the session's token, for the hidden
 * field of every form that posts) and {@code utc} (a {@link UtcTime}, to show times). Thymeleaf escapes
 * {@code th:text} and {@code th:value}: templates never use {@code th:utext}, so feedback text is shown,
 * never interpreted.
 */
@ApplicationScoped
class Pages {
    private final TemplateEngine engine = new TemplateEngine();
    private final SecurityIdentity identity;

    Pages(@ConfigProperty(name = "voc.web.template-cache", defaultValue = "true") boolean cache,
            SecurityIdentity identity) {
        this.identity = identity;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cache);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("utc", UtcTime.INSTANCE);
        CallerIdentity.caller(identity).ifPresent(caller -> variables.put("me", caller));
        CallerIdentity.csrfToken(identity).ifPresent(token -> variables.put("csrf", token));
        return engine.process(template, new Context(Locale.ENGLISH, variables));
    }
}
