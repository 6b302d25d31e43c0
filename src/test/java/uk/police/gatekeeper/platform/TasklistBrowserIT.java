package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.identity.TasklistFilters;

/** A real headless Chromium logs into Tasklist and sees the filters of the user's role. */
@GatekeeperTest
class TasklistBrowserIT {

  @LocalServerPort
  int port;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void openBrowser() throws Exception {
    profile = Files.createTempDirectory("gatekeeper-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(TestEnvironment.require("GATEKEEPER_TEST_CHROMIUM"));
    // The flags that work on these machines: no sandbox as root, and no calls to Google's services.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(TestEnvironment.require("GATEKEEPER_TEST_CHROMEDRIVER")))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
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

  @Test
  void anApplicantSeesTheirFourWorkFiltersButNotTheUnitView() {
    List<String> filters = logIntoTasklistAndReadFilters("alice");

    assertThat(filters).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.OVERDUE, TasklistFilters.URGENT);
    assertThat(filters).doesNotContain(TasklistFilters.ALL_UNIT_TASKS);
  }

  @Test
  void aManagerAlsoSeesEveryOpenTaskOfTheUnit() {
    assertThat(logIntoTasklistAndReadFilters("mona")).contains(TasklistFilters.URGENT, TasklistFilters.ALL_UNIT_TASKS);
  }

  private List<String> logIntoTasklistAndReadFilters(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), TasklistFilters.MY_TASKS));
    // Each filter is a list entry whose heading is its name (the focused one also shows its count).
    return browser.findElements(By.cssSelector("[ng-click='focus(filter)'] .name")).stream()
        .map(WebElement::getText).map(text -> text.replaceAll("\\s+\\d+$", "").strip())
        .toList();
  }
}
