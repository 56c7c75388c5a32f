package de.werkerp.web;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (both installed by .ci/run), for the tests
 * of the key pages. No browser or driver is downloaded.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public Browser(URL base) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("werkerp.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("werkerp.test.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        String root = base.toString();
        this.base = root.endsWith("/") ? root : root + "/";
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in with a login {@code kennung/benutzername} (README "Sign-in"), or an operator's name alone. */
    public void login(String user, String password) {
        open("login.xhtml");
        int slash = user.indexOf('/');
        WebElement kennung = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:kennung")));
        kennung.clear(); // an operator leaves it empty (the field may be prefilled from the last sign-in)
        if (slash > 0) {
            kennung.sendKeys(user.substring(0, slash));
        }
        type(By.id("login:benutzername"), slash < 0 ? user : user.substring(slash + 1));
        type(By.id("login:passwort"), password);
        driver.findElement(By.id("login:anmelden")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("benutzerName")),
                ExpectedConditions.presenceOfElementLocated(By.id("zweitfaktor:code"))));
        if (!driver.findElements(By.id("zweitfaktor:code")).isEmpty()) {
            type(By.id("zweitfaktor:code"), Zweitfaktor.code(user));
            click(By.id("zweitfaktor:bestaetigen"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("benutzerName")));
        }
        if (!driver.findElements(By.id("zweifaktorForm:einrichten")).isEmpty()) {
            zweitenFaktorEinrichten(user);
            open("index.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("benutzerName")));
        }
    }

    /** On the page "Zwei-Faktor-Anmeldung": set up, read the secret, confirm with a code; returns the recovery codes. */
    public java.util.List<String> zweitenFaktorEinrichten(String user) {
        click(By.id("zweifaktorForm:einrichten"));
        String geheimnis = waitVisible(By.id("geheimnis")).getText();
        Zweitfaktor.merke(user, geheimnis);
        type(By.id("zweifaktorForm:code"), Zweitfaktor.code(user));
        click(By.id("zweifaktorForm:bestaetigen"));
        waitVisible(By.id("codeListe"));
        return driver.findElements(By.cssSelector("#codeListe code")).stream().map(WebElement::getText).toList();
    }

    public void logout() {
        driver.findElement(By.id("kopfForm:abmelden")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:anmelden")));
    }

    public void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(text);
    }

    /** Types a date (TT.MM.JJJJ) into a PrimeFaces date picker; the calendar opens only with its button. */
    public void typeDate(By by, String date) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), date);
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its visible label. */
    public void choose(String menuId, String label) {
        click(By.id(menuId));
        click(By.xpath("//ul[@id='" + menuId + "_items']/li[normalize-space(.)='" + label + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("werkerp.test.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a screenshot is a help for reading failures, never a reason to fail
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
