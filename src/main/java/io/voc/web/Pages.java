package io.voc.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf templates under {@code src/main/resources/templates}. */
@ApplicationScoped
class Pages {
    private final TemplateEngine engine = new TemplateEngine();

    Pages(@ConfigProperty(name = "voc.web.template-cache", defaultValue = "true") boolean cache) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cache);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, Object> model) {
        return engine.process(template, new Context(Locale.ENGLISH, model));
    }
}
