package org.lodestar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.support.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main pages fit a 1280 px wide desktop and a 390 px wide phone: the page never scrolls sideways, and no visible
 * element reaches past the viewport's right edge unless it sits inside a box that scrolls horizontally itself (a wide
 * table or a Gantt chart in its own scrolling region). At 1280 px the navigation and the session links each keep
 * to one line. At 390 px a table that scrolls sideways is a named region the keyboard can reach, and the top bar's
 * links are behind a menu button that the keyboard opens and Escape closes. One browser session, resized between
 * the two widths.
 */
class LayoutBrowserIntegrationTests extends BrowserTestSupport {

    private static final List<String> PMO_PAGES = List.of("/", "/projects", "/projects/1", "/projects/1/plan",
            "/status", "/status/reports/1", "/requests/queues", "/scenarios/1", "/portfolios/1",
            "/finance/earned-value", "/portfolios/1/risks", "/projects/1/risks", "/portfolios/1/steering",
            "/admin/audit");

    private static final List<String> ADMIN_PAGES = List.of("/", "/admin/users", "/admin/users/1");

    /**
     * The page's own horizontal overflow and the visible elements past the right edge that no horizontally scrolling
     * ancestor holds, each named by tag, classes and the start of its text (the outermost ones first).
     */
    private static final String OVERFLOWS = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > window.innerWidth || document.documentElement.scrollWidth > width) {
              found.push('the page scrolls sideways: scrollWidth ' + document.documentElement.scrollWidth
                  + ' > viewport ' + width);
            }
            const scrolls = element => {
              for (let box = element.parentElement; box && box !== document.documentElement; box = box.parentElement) {
                const overflow = getComputedStyle(box).overflowX;
                if (overflow === 'auto' || overflow === 'scroll') return true;
              }
              return false;
            };
            // read by screen readers only: clipped to a box of at most one pixel (.visually-hidden)
            const hidden = element => {
              for (let box = element; box && box !== document.documentElement; box = box.parentElement) {
                if (getComputedStyle(box).clipPath !== 'none' && box.getBoundingClientRect().width <= 1) return true;
              }
              return false;
            };
            const name = element => {
              const classes = typeof element.className === 'string' && element.className.trim()
                  ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
              const id = element.id ? '#' + element.id : '';
              const text = (element.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 50);
              return element.tagName.toLowerCase() + id + classes + ' "' + text + '"';
            };
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
              const style = getComputedStyle(element);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              if (scrolls(element) || hidden(element)) continue;
              found.push(name(element) + ' reaches ' + Math.round(box.right) + ' px');
              if (found.length >= 6) break;
            }
            return found;
            """;

    /**
     * The top bar's links that are not on the line of the first of their group (navigation; session): a group that
     * wraps onto a second line.
     */
    private static final String WRAPPED = """
            const wrapped = [];
            for (const group of ['.mainnav > *', '.session a, .session button']) {
              const items = [...document.querySelectorAll(group)].filter(item => item.getClientRects().length > 0);
              if (items.length === 0) continue;
              const first = items[0].getBoundingClientRect();
              items.filter(item => {
                const box = item.getBoundingClientRect();
                return box.top >= first.bottom || box.bottom <= first.top;
              }).forEach(item => wrapped.push(item.tagName.toLowerCase() + ' "' + item.textContent.trim()
                  + '" is below the first line'));
            }
            return wrapped;
            """;

    @Test
    void mainPagesFitADesktopAndAPhoneWithoutScrollingSideways() {
        List<String> problems = new ArrayList<>();
        signIn("pmo");
        check(PMO_PAGES, problems);
        signIn("admin");
        check(ADMIN_PAGES, problems);
        assertThat(problems).as("elements past the right edge of the viewport").isEmpty();

        // at 390 px the people list scrolls in its wrap, which is a named region the keyboard can reach
        browser.get(url("/admin/users"));
        settle();
        WebElement wrap = browser.findElement(By.cssSelector("main .table-wrap"));
        assertThat(wrap.getAttribute("role")).isEqualTo("region");
        assertThat(wrap.getAttribute("tabindex")).isEqualTo("0");
        assertThat(wrap.getAttribute("aria-label")).isNotBlank();

        // the links are behind the menu button, which opens with the keyboard and closes with Escape
        WebElement menu = browser.findElement(By.id("menu-button"));
        WebElement users = browser.findElement(By.cssSelector(".mainnav a[href='/admin/users']"));
        assertThat(users.isDisplayed()).isFalse();
        menu.sendKeys(Keys.ENTER);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(users.isDisplayed()).isTrue();
        assertThat((List<?>) ((JavascriptExecutor) browser).executeScript(OVERFLOWS)).as("the open menu fits").isEmpty();
        users.sendKeys(Keys.ESCAPE);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(users.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(menu);
    }

    private void check(List<String> pages, List<String> problems) {
        for (int width : new int[] {1280, 390}) {
            resizeViewport(width);
            for (String page : pages) {
                browser.get(url(page));
                settle();
                List<?> found = (List<?>) ((JavascriptExecutor) browser).executeScript(OVERFLOWS);
                found.forEach(problem -> problems.add(width + " px " + page + ": " + problem));
                if (width >= 1280) {
                    List<?> wrapped = (List<?>) ((JavascriptExecutor) browser).executeScript(WRAPPED);
                    wrapped.forEach(problem -> problems.add(width + " px " + page + ": the top bar wraps: " + problem));
                }
            }
        }
    }

    /** Sets the window so that the page's viewport is {@code width} CSS pixels wide. */
    private void resizeViewport(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long inner = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue();
        if (inner != width) {
            browser.manage().window().setSize(new Dimension((int) (2 * width - inner), 900));
        }
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue())
                .as("viewport width").isEqualTo(width);
    }

    /** Waits until the page has loaded and its scripts (htmx loads, charts, the Gantt) are done drawing. */
    private void settle() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')"
                + " && (!document.querySelector('[data-plan-url]') || !!document.querySelector('.plan-bar'))")));
        ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));
                """);
    }
}
