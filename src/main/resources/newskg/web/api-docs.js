// Swagger UI over newskg's OpenAPI description of the saved queries: try any template from the page.
window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
