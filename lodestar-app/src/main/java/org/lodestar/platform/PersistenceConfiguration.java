package org.lodestar.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes table and column names by default, and quoted names are case-sensitive: "project"
 * would miss H2's PROJECT. Our migrations use plain unquoted names, which each database folds its own way, so the
 * mapping must not quote either. This is how one set of migrations serves H2 and PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) context.setForceQuote(false);
                return bean;
            }
        };
    }
}
