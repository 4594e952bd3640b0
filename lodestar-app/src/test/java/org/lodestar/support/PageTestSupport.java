package org.lodestar.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Base of tests of the web pages: MockMvc signed in as a demo account, and the server's port for API set-up. */
public abstract class PageTestSupport extends IntegrationTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private UserDetailsService accounts;

    @LocalServerPort
    protected int port;

    /** Signs a request in as the account, with its current roles. */
    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The HTML of a page as the account sees it in the language. */
    protected String page(String path, String username, Locale locale) throws Exception {
        return mvc.perform(get(path).with(as(username)).locale(locale)).andReturn().getResponse().getContentAsString();
    }
}
