package org.minping.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages, driven by the distribution's chromedriver,
 * so Selenium never downloads anything. Each browser gets a fresh profile.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("minping.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("minping.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl) throws IOException {
        Path profiles = Path.of(System.getProperty("minping.test.workdir", "target/it"), "chromium");
        Files.createDirectories(profiles);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A wait that outlives page loads: an element of the old page going stale, or the browser
     * answering mid-swap that a node "does not belong to the document", just means "not yet".
     * A wait that never succeeds still fails, with the last error as its cause.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /**
     * Clicks something that loads a new page (a plain form post) and waits until the new page is
     * complete. The old page is marked first; errors while the browser swaps documents only mean
     * "not yet".
     */
    public void clickAndAwaitNewPage(org.openqa.selenium.WebElement target) {
        ((JavascriptExecutor) driver).executeScript("window.minpingOldPage = true;");
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.minpingOldPage === undefined && document.readyState === 'complete';")));
    }

    /**
     * Scrolls an element to the middle of the window and waits until the browser has delivered the
     * scroll. PrimeFaces closes an open list when the page scrolls, and a browser delivers scroll
     * events a frame later: a list opened by a click that first had to scroll the page closes again.
     */
    public void bringIntoView(org.openqa.selenium.WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        script.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request under way. */
    public void awaitQuiet() {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Forms with a proof of work (anonymous rating, registration): it solves itself on load; wait until it has. */
    public void awaitProofOfWork() {
        if (!driver.findElements(org.openqa.selenium.By.tagName("altcha-widget")).isEmpty()) {
            waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const field = document.querySelector(\"input[name='altcha']\"); return !!(field && field.value);")));
        }
    }

    /** Chooses the language as a person does, with the header's language switch; "zh" or "en". */
    public void useLanguage(String language) {
        go("/");
        if (!driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang").startsWith(language)) {
            clickAndAwaitNewPage(driver.findElement(org.openqa.selenium.By.id("language:" + language)));
        }
    }

    /** Logs out as a person does: the logout button in the header (logging out is a POST). */
    public void logOut() {
        clickAndAwaitNewPage(driver.findElement(org.openqa.selenium.By.id("nav-logout")));
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("nav-login")));
    }

    /**
     * The next person at this browser, as if at a device of their own: every cookie forgotten, so
     * nobody is signed in and the portal gives a new device token.
     */
    public void nextPerson() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
