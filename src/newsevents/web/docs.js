// Swagger UI bootstrap for /docs, kept out of the HTML so the Content-Security-Policy can forbid inline scripts.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,  // the default validator badge would call an outside host
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
