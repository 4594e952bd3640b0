/**
 * Demo: generates a realistic demo organisation (people, portfolios, programmes, projects) into an empty database
 * when Lodestar runs in demo mode. Uses only the other modules' APIs, so demo data obeys every rule real data does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo organisation")
package org.lodestar.demo;
