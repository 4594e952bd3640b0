package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestar.support.PageTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Never show a link the reader may not follow: as each demo role, from the home page, follow the application's
 * links breadth first (a few of each kind of page) and fail on any that answers 403, 404 or 5xx, or on a page that
 * shows a missing message.
 */
class LinkCrawlIntegrationTests extends PageTestSupport {

    private static final int PAGES_PER_ROLE = 45;
    /** Two pages of each shape (/projects/{n}/plan): enough to find a wrong link, without walking every project. */
    private static final int PAGES_PER_SHAPE = 2;
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger|actuator|css|js|webjars|logout|login)\\b|\\.(pdf|xlsx|csv|png|svg|ics)(\\?|$)|[?&]lang=");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "pmo", "portfolio", "pm", "resource", "exec", "member", "requester"})
    void everyLinkARoleIsShownLeadsToAPageItMayRead(String role) throws Exception {
        Deque<String[]> queue = new ArrayDeque<>();          // {path, the page that linked to it}
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        List<String> broken = new ArrayList<>();
        queue.add(new String[] {"/", "(start)"});
        seen.add("/");
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
            String[] next = queue.poll();
            String path = next[0].replace("&amp;", "&");
            MockHttpServletResponse page = mvc.perform(get(path).with(as(role)).locale(Locale.ENGLISH))
                    .andReturn().getResponse();
            visited++;
            int status = page.getStatus();
            if (status == 403 || status == 404 || status >= 500) {
                broken.add(status + " " + path + " linked from " + next[1]);
                continue;
            }
            if (status >= 300 && status < 400) {
                String location = page.getRedirectedUrl();
                if (location != null && location.startsWith("/") && seen.add(location)) queue.add(new String[] {location, path});
                continue;
            }
            String html = page.getContentAsString();
            if (html.contains("??")) broken.add("a missing message on " + path);
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = links.group(1);
                if (NOT_A_PAGE.matcher(link).find() || !seen.add(link)) continue;
                String shape = link.replaceAll("\\d+", "{n}").replaceAll("\\?.*", "");
                if (shapes.merge(shape, 1, Integer::sum) > PAGES_PER_SHAPE) continue;
                queue.add(new String[] {link, path});
            }
        }
        assertThat(broken).as("links %s may not follow (%d pages visited)", role, visited).isEmpty();
        assertThat(visited).as("the crawl reached past the home page").isGreaterThan(5);
    }
}
