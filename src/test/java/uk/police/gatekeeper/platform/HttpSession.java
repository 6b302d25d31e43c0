package uk.police.gatekeeper.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A browser-like HTTP session against a running Gatekeeper: cookies, the webapps' CSRF token, Basic auth. */
public class HttpSession {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public HttpSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Logs into one of the Camunda webapps the way the login page does; answers the HTTP status. */
  public int loginToWebapp(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  public HttpResponse<String> getAs(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(user, password)).GET());
  }

  public HttpResponse<String> postJsonAs(String path, String json, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public byte[] getBytesAs(String path, String user, String password) {
    return bytes(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(user, password)).GET());
  }

  public byte[] postJsonForBytesAs(String path, String json, String user, String password) {
    return bytes(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A CSP's delivery: the CSP authenticates as itself with its callback secret. */
  public HttpResponse<String> postAsCsp(String path, String json, String cspId, String secret) {
    return postJsonAs(path, json, cspId, secret);
  }

  private byte[] bytes(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Gatekeeper did not answer " + request.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().orElse("");
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Gatekeeper did not answer " + request.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
