package vn.sachsong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) driven by Selenium: opens pages,
 * writes a screenshot of each to target/screenshots, and fails on any error in the browser's console.
 * Started without background networking, so it talks to nothing but the server under test.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The window's width for pages, and a phone's (CSS pixels). */
    private static final int WIDE = 1366;
    private static final int PHONE = 390;
    final ChromeDriver driver;
    private final String base;

    Browser(String base) throws IOException {
        this.base = base;
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-extensions", "--disable-default-apps", "--lang=vi", "--window-size=" + WIDE + ",900",
                "--user-data-dir=" + Files.createTempDirectory("sachsong-chromium-"));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Signs in afresh (no earlier session or language) and opens the start page. */
    void signIn(String user, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"));
        open("/");
    }

    void signOut() {
        find("#logout").click();
        waitFor(() -> driver.getCurrentUrl().contains("/login"));
    }

    void waitFor(java.util.function.BooleanSupplier condition) {
        waitFor(Duration.ofSeconds(20), condition);
    }

    /**
     * Waits until CONDITION holds; an element the page replaced while the condition read it (the
     * review page swaps its row in place) is read again on the next poll, not a failure.
     */
    void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /**
     * Writes the page as NAME.png (the whole page's height) and as NAME-phone.png at a phone's width,
     * where nothing may stick out sideways (a wide table scrolls in its own box), and checks the console.
     */
    void shoot(String name) throws IOException {
        shootAt(name, WIDE);
        shootAt(name + "-phone", PHONE);
        var outside = driver.executeScript("""
                var w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.closest('table')))
                    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')).slice(0, 5);""");
        assertThat((List<?>) outside).as(name + " at " + PHONE + " px: what sticks out of the page").isEmpty();
        var widths = (List<?>) driver.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).intValue()).as(name + " at " + PHONE + " px: the page's width (text running out of"
                + " its box, a long word)").isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        driver.manage().window().setSize(new Dimension(WIDE, 900));
        noConsoleErrors(name, null);
    }

    private void shootAt(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
        driver.manage().window().setSize(new Dimension(width, Math.min(6000, Math.max(900, height + 40))));
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Fails on any error in the browser's console since the last look; {@code expectedStatus}, when
     * given, is the one error an error page causes (the browser reports its own status).
     */
    void noConsoleErrors(String page, Integer expectedStatus) {
        var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> expectedStatus == null || !m.contains("status of " + expectedStatus))
                .toList();
        assertThat(errors).as("browser console errors on " + page).isEmpty();
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
