package uk.police.gatekeeper.platform;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.gatekeeper.identity.TasklistFilters;

/**
 * What every Tasklist test in a real headless Chromium needs: the browser (with the flags that work on
 * these machines, a fresh profile, evidence saved under target/ when a test fails), the login, and
 * the moves a user makes on Camunda Forms (fields found by their label, custom selects, Complete).
 */
public abstract class TasklistBrowserTest {

  @LocalServerPort
  protected int port;

  protected WebDriver browser;
  protected WebDriverWait wait;
  private Path profile;

  /** Runs before @AfterEach quits the browser, so a failure leaves what the browser showed in target/. */
  @RegisterExtension
  final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      String name = "target/" + getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
      File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), Path.of(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeEach
  void openBrowser() throws Exception {
    profile = Files.createTempDirectory("gatekeeper-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(TestEnvironment.require("GATEKEEPER_TEST_CHROMIUM"));
    // The flags TasklistBrowserIT found to work on these machines.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(TestEnvironment.require("GATEKEEPER_TEST_CHROMEDRIVER")))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  protected void claim() {
    reveal(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Tasklist opens a task from its URL, whatever the filter. */
  protected void openTask(String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** Waits for Tasklist's Complete to be enabled, as a user would, and clicks it. */
  protected void completeTask() {
    WebElement complete = new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the Complete button to be enabled once every field holds a valid value")
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
    reveal(complete).click();
  }

  protected String inputValue(String label) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input"));
    return wait.until(driver -> {
      String value = input.getAttribute("value");
      return value == null || value.isEmpty() ? null : value;
    });
  }

  protected void logIntoTasklist(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), TasklistFilters.MY_TASKS));
  }

  /**
   * The innermost form-js field whose own label reads {@code label}. The label's first text node is
   * the label itself: a required field adds its asterisk in a span, a checkbox puts its input first.
   */
  protected WebElement field(String label) {
    return reveal(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
            + "[label[normalize-space(text())=" + xpathLiteral(label) + "]]"))));
  }

  /** Scrolls an element to the middle of the window: Tasklist's fixed footer covers the bottom edge. */
  protected WebElement reveal(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  protected void type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea, textarea"));
    input.sendKeys(text);
    wait.until(driver -> text.equals(input.getAttribute("value")));
  }

  protected void tick(String label) {
    WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
    box.click();
    wait.until(driver -> box.isSelected());
  }

  protected void pickRadio(String label, String option) {
    WebElement radio = field(label).findElement(By.xpath(
        "./label[normalize-space(text())=" + xpathLiteral(option) + "]/input[@type='radio']"));
    radio.click();
    wait.until(driver -> radio.isSelected());
  }

  /** Form-js selects are custom dropdowns: open the input group, then click the item. */
  protected void choose(String label, String option) {
    WebElement field = field(label);
    field.findElement(By.cssSelector(".fjs-input-group")).click();
    WebElement item = wait.until(driver -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(candidate -> candidate.getText().strip().equals(option))
        .findFirst().orElse(null));
    item.click();
    wait.until(ExpectedConditions.textToBePresentInElement(
        field.findElement(By.cssSelector(".fjs-select-display")), option));
  }

  protected static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
