package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page, as each demo role, in the four languages, at 1280 px. As each role, from its home page, the crawl
 * follows the same-origin links a page shows (GET; no sign-out, downloads, API, documentation or language links) and
 * visits each route template once (numbers in the path become {@code {id}}, the query is left out; which of the
 * template's addresses is visited depends on the role and language, so that between them they meet several). It fails,
 * naming role, language and address, on
 * <ul>
 *   <li>a console error (the browser's SEVERE log entries, failed loads of the page's resources included),</li>
 *   <li>a page answering 403, 404 or 5xx (the link that led to it is one the role should not have been shown),</li>
 *   <li>a page wider than the viewport, or a visible element past its right edge that no horizontally scrolling box
 *       holds,</li>
 *   <li>a visible message key (a word like {@code a.b.c} that is one of the bundle's keys or the prefix of some)
 *       or a missing message ({@code ??key??}),</li>
 *   <li>text clipped in a form control: an input or button whose text is wider than its box, a select whose chosen
 *       option is wider than the room its arrow leaves.</li>
 * </ul>
 * To keep within the build's time, what does not depend on the reader is checked once per template and language: a
 * template an earlier role has already opened in that language is only read (fetched with the role's session: its
 * status, words and links), not opened; each role opens its home page in every language, and in French, Japanese and
 * Korean it opens the templates it reached that no earlier role opened in that language. One browser, one sign-in
 * per role; the language is switched by the application's own setting ({@code ?lang=}, kept in a cookie); each page
 * is checked by one script; all failures are reported together.
 */
class PageCrawlBrowserIntegrationTests extends BrowserTestSupport {

    private static final List<String> ROLES =
            List.of("admin", "pmo", "portfolio", "pm", "resource", "exec", "member", "requester");
    private static final List<String> LANGUAGES = List.of("en", "fr", "ja", "ko");
    /** Addresses remembered per route template, among which each role and language picks the one it visits. */
    private static final int ADDRESSES_PER_TEMPLATE = 4;
    /** A guard against a crawl that never ends (a link that makes new templates forever). */
    private static final int MAX_PAGES = 150;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger|actuator|css|js|webjars|logout|login|h2-console)\\b"
                    + "|\\.(pdf|xlsx|csv|png|svg|ics|xml|mpp|xer|json|zip)(\\?|$)|[?&]lang=|[?&](format|download)=");
    private static final Pattern DIGITS = Pattern.compile("(?<=/)\\d+(?=/|$)");

    /**
     * The checks run on each page, in one script. Answers the page's HTTP status, its address, the same-origin
     * links it shows (not downloads), and the problems found.
     */
    private static final String CHECKS = """
            const problems = [];
            const nav = performance.getEntriesByType('navigation')[0];
            const status = nav && nav.responseStatus ? nav.responseStatus : 0;
            const width = document.documentElement.clientWidth;
            const visible = element => {
              if (element.getClientRects().length === 0) return false;
              const style = getComputedStyle(element);
              return style.visibility !== 'hidden' && style.display !== 'none';
            };
            const name = element => {
              const classes = typeof element.className === 'string' && element.className.trim()
                  ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
              const id = element.id ? '#' + element.id : (element.name ? '[name=' + element.name + ']' : '');
              const text = (element.value !== undefined && element.tagName !== 'BUTTON' && element.tagName !== 'SELECT'
                  ? element.value : (element.textContent || '')).replace(/\\s+/g, ' ').trim().slice(0, 40);
              return element.tagName.toLowerCase() + id + classes + ' "' + text + '"';
            };
            // 1. wider than the viewport
            if (document.documentElement.scrollWidth > window.innerWidth || document.documentElement.scrollWidth > width) {
              problems.push('the page scrolls sideways: scrollWidth ' + document.documentElement.scrollWidth
                  + ' > viewport ' + width);
            }
            const scrolls = element => {
              for (let box = element.parentElement; box && box !== document.documentElement; box = box.parentElement) {
                const overflow = getComputedStyle(box).overflowX;
                if (overflow === 'auto' || overflow === 'scroll') return true;
              }
              return false;
            };
            const screenReaderOnly = element => {
              for (let box = element; box && box !== document.documentElement; box = box.parentElement) {
                if (getComputedStyle(box).clipPath !== 'none' && box.getBoundingClientRect().width <= 1) return true;
              }
              return false;
            };
            let wide = 0;
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
              if (!visible(element) || scrolls(element) || screenReaderOnly(element)) continue;
              problems.push('past the right edge: ' + name(element) + ' reaches ' + Math.round(box.right) + ' px');
              if (++wide >= 3) break;
            }
            // 2. text clipped in a form control
            const canvas = document.createElement('canvas').getContext('2d');
            const textWidth = (text, style) => {
              canvas.font = style.font || (style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily);
              canvas.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
              return canvas.measureText(text).width;
            };
            const plain = ['hidden', 'checkbox', 'radio', 'file', 'range', 'color', 'image'];
            for (const control of document.querySelectorAll('input, button, select')) {
              if (!visible(control) || screenReaderOnly(control) || plain.includes(control.type)) continue;
              const style = getComputedStyle(control);
              if (control.tagName === 'SELECT') {
                if (control.multiple || control.size > 1 || control.selectedIndex < 0) continue;
                const text = control.options[control.selectedIndex].text.trim();
                const arrow = style.appearance === 'none' ? 0 : 20;
                const room = control.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
                const needed = textWidth(text, style);
                if (needed > room + 1) {
                  problems.push('clipped: ' + name(control) + ' shows "' + text + '" (' + Math.round(needed)
                      + ' px) in ' + Math.round(room) + ' px');
                }
              } else if (control.scrollWidth > control.clientWidth + 1) {
                problems.push('clipped: ' + name(control) + ' text needs ' + control.scrollWidth + ' px, has '
                    + control.clientWidth + ' px');
              }
            }
            // 3. words that look like message keys, and missing messages
            const texts = [document.body.innerText];
            for (const element of document.querySelectorAll('[placeholder], [title], [aria-label], input[type=submit], input[type=button]')) {
              if (!visible(element)) continue;
              for (const attribute of ['placeholder', 'title', 'aria-label', 'value']) {
                if ((attribute !== 'value' || element.type === 'submit' || element.type === 'button')
                    && element.getAttribute(attribute)) texts.push(element.getAttribute(attribute));
              }
            }
            // what form controls hold is shown too, and innerText leaves it out
            for (const control of document.querySelectorAll('textarea, input[type=text], input:not([type])')) {
              if (visible(control) && control.value) texts.push(control.value);
            }
            for (const select of document.querySelectorAll('select')) {
              if (visible(select) && select.selectedIndex >= 0) texts.push(select.options[select.selectedIndex].text);
            }
            const words = new Set();
            for (const text of texts) {
              for (const match of text.matchAll(/\\b[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+){1,}\\b/g)) words.add(match[0]);
              for (const match of text.matchAll(/\\?\\?[^?\\s]+\\?\\?/g)) problems.push('a missing message: ' + match[0]);
            }
            // 4. the links it shows
            const links = new Set();
            for (const link of document.querySelectorAll('a[href]')) {
              if (link.hasAttribute('download') || link.origin !== location.origin) continue;
              links.add(link.pathname + link.search);
            }
            return {status: status, address: location.pathname + location.search, problems: problems,
                    words: [...words], links: [...links]};
            """;

    /**
     * What depends on the reader, for a page read without being opened: fetched with the session's cookie, its status
     * and address (after redirects), the words of its text and labels that look like keys, and its links.
     */
    private static final String READ = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
              .then(response => response.text().then(html => {
                const page = new DOMParser().parseFromString(html, 'text/html');
                page.querySelectorAll('script, style, template').forEach(element => element.remove());
                const texts = [page.body ? page.body.textContent : ''];   // with the textareas' text
                for (const control of page.querySelectorAll('input[type=text][value], input:not([type])[value]')) {
                  texts.push(control.getAttribute('value'));
                }
                for (const element of page.querySelectorAll('[placeholder], [title], [aria-label], input[type=submit], input[type=button]')) {
                  for (const attribute of ['placeholder', 'title', 'aria-label', 'value']) {
                    if ((attribute !== 'value' || element.type === 'submit' || element.type === 'button')
                        && element.getAttribute(attribute)) texts.push(element.getAttribute(attribute));
                  }
                }
                const problems = [];
                const words = new Set();
                for (const text of texts) {
                  for (const match of text.matchAll(/\\b[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+){1,}\\b/g)) words.add(match[0]);
                  for (const match of text.matchAll(/\\?\\?[^?\\s]+\\?\\?/g)) problems.push('a missing message: ' + match[0]);
                }
                const links = new Set();
                for (const link of page.querySelectorAll('a[href]')) {
                  const target = new URL(link.getAttribute('href'), response.url);
                  if (link.hasAttribute('download') || target.origin !== location.origin) continue;
                  links.add(target.pathname + target.search);
                }
                const address = new URL(response.url);
                done({status: response.status, address: address.pathname + address.search, problems: problems,
                      words: [...words], links: [...links]});
              }))
              .catch(error => done({status: 0, address: arguments[0], problems: ['could not be read: ' + error],
                                    words: [], links: []}));
            """;

    private int reads;
    private long readNanos;
    private long openNanos;

    @Test
    void everyPageAsEveryRoleInEveryLanguageShowsNoErrorOverflowKeyForbiddenLinkOrClippedText() throws IOException {
        Set<String> keys = messageKeys();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> visits = new LinkedHashMap<>();
        Map<String, Set<String>> checked = new HashMap<>();   // language -> the templates already checked in it
        long started = System.nanoTime();
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (int role = 0; role < ROLES.size(); role++) {
            String name = ROLES.get(role);
            signIn(name);
            browser.manage().logs().get(LogType.BROWSER);       // forget what the sign-in logged
            Map<String, List<String>> reached = new LinkedHashMap<>();
            for (int language = 0; language < LANGUAGES.size(); language++) {
                String tag = LANGUAGES.get(language);
                Set<String> done = checked.computeIfAbsent(tag, any -> new HashSet<>());
                int count = language == 0
                        ? crawl(name, tag, role, keys, reached, done, failures)
                        : revisit(name, tag, role + language, keys, reached, done, failures);
                done.addAll(reached.keySet());
                visits.merge(tag, count, Integer::sum);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = visits + " pages, " + reads + " of them read rather than opened, in " + seconds + " s (opening "
                + openNanos / 1_000_000_000L + " s, reading " + readNanos / 1_000_000_000L + " s)";
        System.out.println("page crawl: " + summary);
        assertThat(failures).as("problems found by the page crawl (%s)", summary).isEmpty();
    }

    /**
     * As one role in its first language: from the home page, follows every link shown, visiting one address of each
     * route template (which one depends on the role, so that the roles between them meet several); records the
     * templates reached with their addresses. Answers the number of pages visited.
     */
    private int crawl(String role, String language, int variant, Set<String> keys, Map<String, List<String>> reached,
                      Set<String> done, List<String> failures) {
        Deque<String> queue = new ArrayDeque<>();            // templates, in the order first met
        Map<String, String> linkedFrom = new HashMap<>();
        reached.put("/", new ArrayList<>(List.of("/")));    // opened as /?lang=..., which sets the language
        queue.add("/");
        linkedFrom.put("/", "(home)");
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String template = queue.poll();
            List<String> addresses = reached.get(template);
            String path = template.equals("/") ? "/?lang=" + language : addresses.get(variant % addresses.size());
            Map<?, ?> page = template.equals("/") || !done.contains(template)
                    ? visit(role, language, path, linkedFrom.get(template), keys, failures)
                    : read(role, language, path, linkedFrom.get(template), keys, failures);
            visited++;
            done.add(template);
            if (page == null) continue;
            for (Object found : (List<?>) page.get("links")) {
                String link = String.valueOf(found);
                if (NOT_A_PAGE.matcher(link).find()) continue;
                String shape = template(link);
                List<String> known = reached.get(shape);
                if (known == null) {
                    reached.put(shape, new ArrayList<>(List.of(link)));
                    linkedFrom.put(shape, path);
                    queue.add(shape);
                } else if (!known.contains(link) && known.size() < ADDRESSES_PER_TEMPLATE) {
                    known.add(link);                        // a choice for the next visit of this template
                }
            }
        }
        if (!queue.isEmpty()) failures.add(role + " / " + language + ": the crawl stopped at " + MAX_PAGES
                + " pages with " + queue.size() + " templates still to visit");
        return visited;
    }

    /**
     * As the same role in another language: the home page, and the templates the role reached that no earlier role
     * has shown in this language. Answers the number of pages visited.
     */
    private int revisit(String role, String language, int variant, Set<String> keys, Map<String, List<String>> reached,
                        Set<String> done, List<String> failures) {
        int visited = 0;
        for (Map.Entry<String, List<String>> template : reached.entrySet()) {
            if (!template.getKey().equals("/") && done.contains(template.getKey())) continue;
            List<String> addresses = template.getValue();
            String path = template.getKey().equals("/") ? "/?lang=" + language : addresses.get(variant % addresses.size());
            visit(role, language, path, "(the same page in English)", keys, failures);
            visited++;
        }
        return visited;
    }

    /**
     * Reads a page whose template an earlier role has already shown in this language, without opening it: fetches it
     * with this role's session and checks what depends on the reader (its status, the words it shows, its links).
     */
    private Map<?, ?> read(String role, String language, String path, String linkedFrom, Set<String> keys,
                           List<String> failures) {
        reads++;
        long start = System.nanoTime();
        Map<?, ?> page = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript(READ, path);
        readNanos += System.nanoTime() - start;
        return report(role, language, path, linkedFrom, page, List.of(), keys, failures);
    }

    /** Opens one page and checks it; answers what the page script found, or null if the page answered an error. */
    private Map<?, ?> visit(String role, String language, String path, String linkedFrom, Set<String> keys,
                            List<String> failures) {
        long start = System.nanoTime();
        browser.get(url(path));
        Map<?, ?> page = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(CHECKS);
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        openNanos += System.nanoTime() - start;
        return report(role, language, path, linkedFrom, page, console, keys, failures);
    }

    private static Map<?, ?> report(String role, String language, String path, String linkedFrom, Map<?, ?> page,
                                    List<LogEntry> console, Set<String> keys, List<String> failures) {
        List<String> problems = new ArrayList<>();
        long status = ((Number) page.get("status")).longValue();
        if (status == 0 || status == 403 || status == 404 || status >= 500) {
            problems.add("answers " + status + " (linked from " + linkedFrom + ")");
        }
        for (LogEntry entry : console) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) problems.add("console error: " + entry.getMessage());
        }
        for (Object problem : (List<?>) page.get("problems")) problems.add(String.valueOf(problem));
        for (Object word : (List<?>) page.get("words")) {
            if (isKey(String.valueOf(word), keys)) problems.add("a message key is shown: " + word);
        }
        String where = role + " / " + language + " / " + path + ": ";
        problems.forEach(problem -> failures.add(where + problem));
        return status >= 400 ? null : page;
    }

    /** The route template of an address: its path, numbers becoming {id} (the query is left out). */
    static String template(String address) {
        int query = address.indexOf('?');
        return DIGITS.matcher(query < 0 ? address : address.substring(0, query)).replaceAll("{id}");
    }

    /** A word is a message key if the bundle has it, or has keys under it (a key's prefix such as {@code a.b}). */
    private static boolean isKey(String word, Set<String> keys) {
        if (keys.contains(word)) return true;
        for (String key : keys) {
            if (key.startsWith(word + ".")) return true;
        }
        return false;
    }

    private static Set<String> messageKeys() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = PageCrawlBrowserIntegrationTests.class.getResourceAsStream("/i18n/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages.stringPropertyNames();
    }
}
