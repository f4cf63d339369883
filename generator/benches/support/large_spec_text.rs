// The synthetic spec of the large-spec benchmark, one text for both users:
// `generator/benches/large_spec.rs` and `cargo xtask bench` (which writes it to a file for the
// peers) `include!` it.

/// Resources of 4 operations (list, get, create, update) and 8 schemas each.
const RESOURCES: usize = 300;

/// 300 resources, each with 4 operations and 8 schemas.
fn large_spec() -> String {
    use std::fmt::Write as _;
    let mut out = String::from("openapi: 3.0.3\ninfo: {title: Large, version: '1.0'}\nservers: [{url: 'https://api.example.com/v1'}]\npaths:\n");
    for r in 0..RESOURCES {
        let _ = write!(
            out,
            "  /r{r}/items:
    get:
      operationId: listR{r}
      summary: List resource {r}.
      parameters:
        - {{name: cursor, in: query, schema: {{type: string}}}}
        - {{name: status, in: query, schema: {{type: array, items: {{$ref: '#/components/schemas/R{r}Status'}}}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Page'}}}}}}}}
        default: {{description: error, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
    post:
      operationId: createR{r}
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Create'}}}}}}}}
      responses:
        '201': {{description: created, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
        '422': {{description: invalid, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
  /r{r}/items/{{id}}:
    get:
      operationId: getR{r}
      parameters: [{{name: id, in: path, required: true, schema: {{type: string, format: uuid}}}}]
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
        '404': {{description: missing, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
    patch:
      operationId: updateR{r}
      parameters: [{{name: id, in: path, required: true, schema: {{type: string, format: uuid}}}}]
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Patch'}}}}}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
"
        );
    }
    out.push_str("components:\n  schemas:\n    Problem: {type: object, required: [title], properties: {title: {type: string}, detail: {type: string}}}\n");
    for r in 0..RESOURCES {
        let next = (r + 1) % RESOURCES;
        let _ = write!(
            out,
            "    R{r}Status: {{type: string, enum: [active, blocked, closed]}}
    R{r}Money: {{type: object, required: [amount, currency], properties: {{amount: {{type: number, format: decimal}}, currency: {{type: string}}}}}}
    R{r}Base: {{type: object, required: [id], properties: {{id: {{type: string, format: uuid}}, createdAt: {{type: string, format: date-time}}}}}}
    R{r}:
      allOf:
        - $ref: '#/components/schemas/R{r}Base'
        - type: object
          required: [name, status]
          properties:
            name: {{type: string, maxLength: 100}}
            status: {{$ref: '#/components/schemas/R{r}Status'}}
            balance: {{$ref: '#/components/schemas/R{r}Money'}}
            tags: {{type: array, items: {{type: string}}}}
            address: {{type: object, properties: {{street: {{type: string}}, city: {{type: string}}, postalCode: {{type: string}}}}}}
            related: {{$ref: '#/components/schemas/R{next}Ref'}}
    R{r}Ref: {{type: object, properties: {{id: {{type: string}}, kind: {{type: string, enum: [a, b]}}}}}}
    R{r}Create: {{type: object, required: [name], properties: {{name: {{type: string}}, balance: {{$ref: '#/components/schemas/R{r}Money'}}, notes: {{type: string, nullable: true}}}}}}
    R{r}Patch: {{type: object, properties: {{name: {{type: string}}, notes: {{type: string, nullable: true}}}}}}
    R{r}Page: {{type: object, properties: {{items: {{type: array, items: {{$ref: '#/components/schemas/R{r}'}}}}, next: {{type: string}}}}}}
"
        );
    }
    out
}
