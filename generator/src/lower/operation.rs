//! Operations -> client methods: parameters (minus the headers the runtime fills), request bodies
//! per content type, responses grouped into a success and an error shape, security.

use indexmap::IndexMap;
use openapiv3::{MediaType, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr, StatusCode};

use super::docs::docs_from;
use super::names::{rust_ident, Case, NameScope};
use super::shape::SchemaRef;
use super::{Lowered, Lowerer};
use crate::diagnostic::Pointer;
use crate::model::{
    BodyEncoding, BodyVariant, Decoding, Docs, HttpMethod, ManagedHeader, Operation, Param, ParamLocation, ParamStyle, Primitive, RequestBody,
    ResponseBody, ResponseCase, ResponseHeader, ResponseSet, ResponseShape, SecurityUse, StatusMatch, TypeRef,
};

/// Builder members that parameters must not shadow.
const BUILDER_MEMBERS: [&str; 9] = ["client", "body", "send", "into_future", "pages", "new", "request_options", "extra_header", "extra_headers"];

/// Headers every HTTP client sets from the operation itself; OpenAPI says to ignore them as parameters.
const IGNORED_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

impl<'a> Lowerer<'a> {
    pub(super) fn operation(
        &mut self,
        route: &str,
        method: &str,
        operation: &openapiv3::Operation,
        shared: &[ReferenceOr<Parameter>],
        at: &Pointer,
    ) -> Option<Operation> {
        let http_method = match method {
            "get" => HttpMethod::Get,
            "put" => HttpMethod::Put,
            "post" => HttpMethod::Post,
            "delete" => HttpMethod::Delete,
            "options" => HttpMethod::Options,
            "head" => HttpMethod::Head,
            "patch" => HttpMethod::Patch,
            _ => HttpMethod::Trace,
        };
        let id = operation.operation_id.clone().filter(|id| !id.trim().is_empty()).unwrap_or_else(|| format!("{method} {route}"));
        let wanted_method = rust_ident(&id, Case::Snake);
        let (method_name, collision) = self.method_names.claim_free(&wanted_method, at.as_str(), "_");
        if let Some(owner) = collision {
            self.warn(at, format!("operation `{id}` would be the method `{wanted_method}`, like `{owner}`; it is `{method_name}`"));
        }
        let wanted_builder = rust_ident(&method_name, Case::Pascal);
        let (builder_name, collision) = self.operation_names.claim_free(&wanted_builder, at.as_str(), "");
        if let Some(owner) = collision {
            self.warn(at, format!("the request builder would be named `{wanted_builder}`, like `{owner}`; it is `{builder_name}`"));
        }

        let (params, managed_headers) = self.parameters(route, operation, shared, at, &builder_name);
        let body = operation.request_body.as_ref().and_then(|body| self.request_body(body, &at.join("requestBody"), &builder_name));
        let (success, errors) = self.responses(operation, &at.join("responses"), &builder_name);
        let accept = accept_header(&success, &errors);
        let security = self.operation_security(operation, at);
        let mut docs = docs_from(&[operation.summary.as_deref(), operation.description.as_deref()]);
        if let Some(external) = &operation.external_docs {
            docs.push(&format!("See <{}>.", external.url));
        }
        Some(Operation {
            id,
            method_name,
            builder_name,
            pointer: at.to_string(),
            http_method,
            path: route.to_string(),
            docs,
            tags: operation.tags.clone(),
            deprecated: operation.deprecated,
            params,
            managed_headers,
            body,
            accept,
            success,
            errors,
            security,
            paging: None,
        })
    }

    /// Path-item and operation parameters (the operation's win), in call order: path parameters in
    /// template order, then the rest as written.
    fn parameters(
        &mut self,
        route: &str,
        operation: &openapiv3::Operation,
        shared: &[ReferenceOr<Parameter>],
        at: &Pointer,
        builder: &str,
    ) -> (Vec<Param>, Vec<ManagedHeader>) {
        let mut collected: Vec<(Parameter, Pointer)> = Vec::new();
        let path_item_at = at.parent();
        for (list, list_at) in [(shared, path_item_at.join("parameters")), (operation.parameters.as_slice(), at.join("parameters"))] {
            for (index, parameter) in list.iter().enumerate() {
                let parameter_at = list_at.join(index);
                let Some((parameter, resolved_at)) = self.resolve_parameter(parameter, &parameter_at) else { continue };
                let key = (parameter.parameter_data_ref().name.clone(), location_of(&parameter));
                collected.retain(|(existing, _)| (existing.parameter_data_ref().name.clone(), location_of(existing)) != key);
                collected.push((parameter, resolved_at));
            }
        }
        let mut scope = NameScope::with_reserved(&BUILDER_MEMBERS);
        let mut params = Vec::new();
        let mut managed = Vec::new();
        for (parameter, parameter_at) in &collected {
            let data = parameter.parameter_data_ref();
            let location = location_of(parameter);
            if location == ParamLocation::Header {
                let lower = data.name.to_ascii_lowercase();
                if IGNORED_HEADERS.contains(&lower.as_str()) {
                    continue;
                }
                if self.conventions.request_id_header.as_deref().is_some_and(|h| h.eq_ignore_ascii_case(&data.name)) {
                    managed.push(ManagedHeader::RequestId(data.name.clone()));
                    continue;
                }
                if self.conventions.client_id_header.as_deref().is_some_and(|h| h.eq_ignore_ascii_case(&data.name)) {
                    managed.push(ManagedHeader::ClientId(data.name.clone()));
                    continue;
                }
            }
            let hint = format!("{builder}{}", rust_ident(&data.name, Case::Pascal));
            let (lowered, json_content) = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => (self.schema_type(SchemaRef::from(schema), &parameter_at.join("schema"), &hint), false),
                ParameterSchemaOrContent::Content(content) => match content.iter().next() {
                    Some((media, MediaType { schema: Some(schema), .. })) => {
                        let schema_at = parameter_at.join("content").join(media).join("schema");
                        (self.schema_type(SchemaRef::from(schema), &schema_at, &hint), true)
                    }
                    _ => (Lowered { ty: TypeRef::string(), nullable: false }, true),
                },
            };
            let explode = data.explode;
            let style = if json_content {
                ParamStyle::Json
            } else {
                match parameter {
                    Parameter::Query { style, .. } => match style {
                        QueryStyle::Form => ParamStyle::Form { explode: explode.unwrap_or(true) },
                        QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                        QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                        QueryStyle::DeepObject => ParamStyle::DeepObject,
                    },
                    Parameter::Cookie { .. } => ParamStyle::Form { explode: explode.unwrap_or(true) },
                    Parameter::Path { style, .. } => match style {
                        openapiv3::PathStyle::Simple => ParamStyle::Simple { explode: explode.unwrap_or(false) },
                        openapiv3::PathStyle::Label => ParamStyle::Label { explode: explode.unwrap_or(false) },
                        openapiv3::PathStyle::Matrix => ParamStyle::Matrix { explode: explode.unwrap_or(false) },
                    },
                    Parameter::Header { .. } => ParamStyle::Simple { explode: explode.unwrap_or(false) },
                }
            };
            let wanted = rust_ident(&data.name, Case::Snake);
            let (name, collision) = scope.claim_free(&wanted, &format!("{} parameter `{}`", location.as_str(), data.name), "_");
            if let Some(owner) = collision {
                self.warn(parameter_at, format!("parameter `{}` would be named `{wanted}`, like {owner}; it is named `{name}`", data.name));
            }
            let required = data.required || location == ParamLocation::Path;
            let ty = match (&lowered.ty, location) {
                // Binary has no text form; a parameter carries it as text.
                (TypeRef::Primitive(Primitive::Binary), _) => TypeRef::string(),
                _ => lowered.ty,
            };
            params.push(Param {
                name,
                wire: data.name.clone(),
                location,
                style,
                ty,
                required,
                docs: docs_from(&[data.description.as_deref()]),
                deprecated: data.deprecated.unwrap_or(false),
                constant: None,
                example: parameter_example(data),
            });
        }
        // Every `{name}` in the template needs a path parameter, and the other way round.
        let template: Vec<String> = template_names(route);
        for name in &template {
            if !params.iter().any(|p| p.location == ParamLocation::Path && &p.wire == name) {
                self.warn(at, format!("the path template names `{{{name}}}`, but no path parameter `{name}` is declared; it is taken as a string"));
                let (rust, _) = scope.claim_free(&rust_ident(name, Case::Snake), &format!("path parameter `{name}`"), "_");
                params.push(Param {
                    name: rust,
                    wire: name.clone(),
                    location: ParamLocation::Path,
                    style: ParamStyle::Simple { explode: false },
                    ty: TypeRef::string(),
                    required: true,
                    docs: Docs::default(),
                    deprecated: false,
                    constant: None,
                    example: None,
                });
            }
        }
        let mut undeclared = Vec::new();
        params.retain(|p| {
            let keep = p.location != ParamLocation::Path || template.contains(&p.wire);
            if !keep {
                undeclared.push(p.wire.clone());
            }
            keep
        });
        for name in undeclared {
            self.warn(at, format!("path parameter `{name}` does not appear in the path template; it is ignored"));
        }
        params.sort_by_key(|p| match p.location {
            ParamLocation::Path => (0, template.iter().position(|t| t == &p.wire).unwrap_or(0)),
            ParamLocation::Query => (1, 0),
            ParamLocation::Header => (2, 0),
            ParamLocation::Cookie => (3, 0),
        });
        managed.sort();
        managed.dedup();
        (params, managed)
    }

    fn resolve_parameter(&mut self, parameter: &ReferenceOr<Parameter>, at: &Pointer) -> Option<(Parameter, Pointer)> {
        self.resolve_item(parameter, at, "parameters", "parameter").map(|(parameter, pointer, _)| (parameter, pointer))
    }

    fn request_body(&mut self, body: &ReferenceOr<openapiv3::RequestBody>, at: &Pointer, builder: &str) -> Option<RequestBody> {
        let (body, body_at, name) = self.resolve_item(body, at, "requestBodies", "request body")?;
        let hint = match name {
            Some(name) => rust_ident(&name, Case::Pascal),
            None => format!("{builder}Body"),
        };
        let mut variants: Vec<BodyVariant> = Vec::new();
        let multiple = body.content.len() > 1;
        for (media, content) in &body.content {
            let encoding = body_encoding(media);
            let media_at = body_at.join("content").join(media);
            let variant_hint = if multiple { format!("{hint}{}", encoding_name(&encoding)) } else { hint.clone() };
            let ty = match (&encoding, &content.schema) {
                (BodyEncoding::Binary, _) => TypeRef::Primitive(Primitive::Binary),
                (BodyEncoding::Text, _) => TypeRef::string(),
                (_, Some(schema)) => self.schema_type(SchemaRef::from(schema), &media_at.join("schema"), &variant_hint).ty,
                (_, None) => TypeRef::Json,
            };
            let ty = match (&encoding, ty) {
                (BodyEncoding::Form | BodyEncoding::Multipart(_), ty @ TypeRef::Named(_)) => ty,
                (BodyEncoding::Form | BodyEncoding::Multipart(_), ty) => {
                    if !matches!(ty, TypeRef::Map(_)) {
                        self.warn(&media_at, "a form body must be an object; it is sent as a map of fields");
                    }
                    TypeRef::map(TypeRef::Json)
                }
                (_, ty) => ty,
            };
            if variants.iter().any(|v| v.encoding == encoding && v.ty == ty) {
                continue;
            }
            let base = encoding_name(&encoding).to_string();
            let name = if variants.iter().any(|v| v.name == base) { rust_ident(media, Case::Pascal) } else { base };
            variants.push(BodyVariant { name, content_type: media.clone(), encoding, ty, example: media_example(content) });
        }
        if variants.is_empty() {
            self.warn(at, "the request body declares no content; it is sent as raw bytes");
            variants.push(BodyVariant {
                name: "Binary".into(),
                content_type: "application/octet-stream".into(),
                encoding: BodyEncoding::Binary,
                ty: TypeRef::Primitive(Primitive::Binary),
                example: None,
            });
        }
        let enum_name = if variants.len() > 1 { Some(self.claim_operation_name(&format!("{builder}Body"), at)) } else { None };
        Some(RequestBody { required: body.required, docs: docs_from(&[body.description.as_deref()]), variants, enum_name })
    }

    fn claim_operation_name(&mut self, wanted: &str, at: &Pointer) -> String {
        let (name, collision) = self.operation_names.claim_free(wanted, at.as_str(), "");
        if let Some(owner) = collision {
            self.warn(at, format!("the type `{wanted}` would clash with `{owner}`; it is named `{name}`"));
        }
        name
    }

    /// Success (below 400) and error responses, each with the shape it is returned in.
    fn responses(&mut self, operation: &openapiv3::Operation, at: &Pointer, builder: &str) -> (ResponseSet, ResponseSet) {
        let mut success = Vec::new();
        let mut errors = Vec::new();
        for (status, response) in &operation.responses.responses {
            let (status_match, status_text) = match status {
                StatusCode::Code(code) => (StatusMatch::Code(*code), code.to_string()),
                StatusCode::Range(class) => (StatusMatch::Range(*class), format!("{class}XX")),
            };
            let is_success = match status_match {
                StatusMatch::Code(code) => code < 400,
                StatusMatch::Range(class) => class < 4,
                StatusMatch::Default => false,
            };
            let variant = status_variant(status_match);
            let hint = if is_success { format!("{builder}{variant}Body") } else { format!("{builder}{variant}Error") };
            if let Some(case) = self.response_case(response, &at.join(&status_text), status_match, variant, &hint) {
                if is_success {
                    success.push(case);
                } else {
                    errors.push(case);
                }
            }
        }
        if let Some(default) = &operation.responses.default {
            let hint = if success.is_empty() { format!("{builder}Body") } else { format!("{builder}DefaultError") };
            if let Some(case) = self.response_case(default, &at.join("default"), StatusMatch::Default, "Default".into(), &hint) {
                if success.is_empty() {
                    // Only a default response: it describes success as well as failure.
                    let mut as_success = case.clone();
                    as_success.status = StatusMatch::Range(2);
                    as_success.variant = "Ok".into();
                    success.push(as_success);
                }
                errors.push(case);
            }
        }
        if success.is_empty() && errors.is_empty() {
            self.warn(at, "no responses are documented; any 2XX status is taken as success without a body");
            success.push(ResponseCase { status: StatusMatch::Range(2), variant: "Ok".into(), docs: Docs::default(), body: None, headers: Vec::new() });
        }
        let success_shape = self.response_shape(&success, &format!("{builder}Response"), at);
        let error_shape = self.response_shape(&errors, &format!("{builder}Error"), at);
        (ResponseSet { cases: success, shape: success_shape }, ResponseSet { cases: errors, shape: error_shape })
    }

    fn response_case(
        &mut self,
        response: &ReferenceOr<openapiv3::Response>,
        at: &Pointer,
        status: StatusMatch,
        variant: String,
        hint: &str,
    ) -> Option<ResponseCase> {
        let (response, response_at, name) = self.resolve_item(response, at, "responses", "response")?;
        let hint = match name {
            Some(name) => rust_ident(&name, Case::Pascal),
            None => hint.to_string(),
        };
        let body = self.response_body(&response.content, &response_at.join("content"), &hint);
        let mut headers = Vec::new();
        let mut scope = NameScope::with_reserved(&["body", "status"]);
        for (name, header) in &response.headers {
            if name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let header_at = response_at.join("headers").join(name);
            let Some((header, header_at, _)) = self.resolve_item(header, &header_at, "headers", "header") else { continue };
            let ty = match &header.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    let lowered = self.schema_type(SchemaRef::from(schema), &header_at.join("schema"), &format!("{hint}{}", rust_ident(name, Case::Pascal)));
                    if is_header_type(&lowered.ty) {
                        lowered.ty
                    } else {
                        TypeRef::string()
                    }
                }
                ParameterSchemaOrContent::Content(_) => TypeRef::string(),
            };
            let (rust, _) = scope.claim_free(&rust_ident(name, Case::Snake), name, "_");
            headers.push(ResponseHeader { name: rust, wire: name.clone(), ty, required: header.required, docs: docs_from(&[header.description.as_deref()]) });
        }
        headers.sort_by(|a, b| a.wire.cmp(&b.wire));
        Some(ResponseCase { status, variant, docs: docs_from(&[Some(response.description.as_str())]), body, headers })
    }

    /// The body of a response: JSON when offered, else text, else bytes.
    fn response_body(&mut self, content: &IndexMap<String, MediaType>, at: &Pointer, hint: &str) -> Option<ResponseBody> {
        let pick = |predicate: fn(&str) -> bool| content.iter().find(|(media, _)| predicate(&media.to_ascii_lowercase()));
        if let Some((media, media_type)) = pick(is_json) {
            let ty = match &media_type.schema {
                Some(schema) => {
                    let lowered = self.schema_type(SchemaRef::from(schema), &at.join(media).join("schema"), hint);
                    match (lowered.nullable, lowered.ty) {
                        (true, ty) => TypeRef::Nullable(Box::new(ty)),
                        (false, ty) => ty,
                    }
                }
                None => TypeRef::Json,
            };
            return Some(ResponseBody { content_type: media.clone(), decoding: Decoding::Json, ty, example: media_example(media_type) });
        }
        if let Some((media, media_type)) = pick(|m| m.starts_with("text/")) {
            return Some(ResponseBody { content_type: media.clone(), decoding: Decoding::Text, ty: TypeRef::string(), example: media_example(media_type) });
        }
        let (media, _) = content.iter().next()?;
        Some(ResponseBody { content_type: media.clone(), decoding: Decoding::Binary, ty: TypeRef::Primitive(Primitive::Binary), example: None })
    }

    /// How a set of responses is returned: one body type when that says it all, else an
    /// operation-level struct (one case with headers) or enum (several cases).
    fn response_shape(&mut self, cases: &[ResponseCase], name: &str, at: &Pointer) -> ResponseShape {
        let no_headers = cases.iter().all(|c| c.headers.is_empty());
        let bodies: Vec<Option<&TypeRef>> = cases.iter().map(|c| c.body.as_ref().map(|b| &b.ty)).collect();
        let first = bodies.first().copied().flatten();
        let same_body = bodies.iter().all(|b| *b == first);
        if no_headers && same_body {
            return match first {
                Some(ty) => ResponseShape::Body(ty.clone()),
                None => ResponseShape::Unit,
            };
        }
        ResponseShape::Named(self.claim_operation_name(name, at))
    }

    fn operation_security(&mut self, operation: &openapiv3::Operation, at: &Pointer) -> Vec<Vec<SecurityUse>> {
        let requirements = operation.security.as_ref().or(self.document.security.as_ref());
        let Some(requirements) = requirements else { return Vec::new() };
        let known: Vec<String> = self.document.components.as_ref().map(|c| c.security_schemes.keys().cloned().collect()).unwrap_or_default();
        let mut alternatives = Vec::new();
        'requirements: for (index, requirement) in requirements.iter().enumerate() {
            let mut uses = Vec::new();
            for (scheme, scopes) in requirement {
                if !known.contains(scheme) {
                    // An alternative the client cannot satisfy is left out.
                    let where_ = if operation.security.is_some() { at.join("security").join(index) } else { Pointer::root().join("security").join(index) };
                    self.warn(&where_, format!("security scheme `{scheme}` is not defined under `components/securitySchemes`; this requirement is ignored"));
                    continue 'requirements;
                }
                uses.push(SecurityUse { scheme: scheme.clone(), scopes: scopes.clone() });
            }
            alternatives.push(uses);
        }
        // One empty alternative alone means "no authentication".
        if alternatives.iter().all(Vec::is_empty) {
            return Vec::new();
        }
        alternatives
    }
}

/// A media type's `example`, or the first of its `examples` (inline ones).
fn media_example(media: &MediaType) -> Option<serde_json::Value> {
    media.example.clone().or_else(|| {
        media.examples.values().find_map(|example| match example {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { .. } => None,
        })
    })
}

/// A parameter's `example`, the first of its `examples`, or its schema's `example`.
fn parameter_example(data: &openapiv3::ParameterData) -> Option<serde_json::Value> {
    data.example.clone().or_else(|| {
        data.examples
            .values()
            .find_map(|example| match example {
                ReferenceOr::Item(example) => example.value.clone(),
                ReferenceOr::Reference { .. } => None,
            })
            .or_else(|| match &data.format {
                ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => schema.schema_data.example.clone(),
                _ => None,
            })
    })
}

fn location_of(parameter: &Parameter) -> ParamLocation {
    match parameter {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// `{name}` placeholders of a path template, in order.
fn template_names(route: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = route;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        names.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    names
}

pub(crate) fn is_json(media: &str) -> bool {
    let media = media.split(';').next().unwrap_or("").trim();
    media == "application/json" || media.ends_with("+json") || media == "text/json" || media == "*/*" || media == "application/*"
}

fn body_encoding(media: &str) -> BodyEncoding {
    let lower = media.to_ascii_lowercase();
    let base = lower.split(';').next().unwrap_or("").trim();
    if base == "application/json" || base.ends_with("+json") || base == "text/json" {
        BodyEncoding::Json
    } else if base == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if base.starts_with("multipart/") {
        BodyEncoding::Multipart(Vec::new())
    } else if base.starts_with("text/") && base != "text/xml" {
        BodyEncoding::Text
    } else {
        BodyEncoding::Binary
    }
}

fn encoding_name(encoding: &BodyEncoding) -> &'static str {
    match encoding {
        BodyEncoding::Json => "Json",
        BodyEncoding::Form => "Form",
        BodyEncoding::Multipart(_) => "Multipart",
        BodyEncoding::Binary => "Binary",
        BodyEncoding::Text => "Text",
    }
}

fn is_header_type(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(p) => !matches!(p, Primitive::Binary | Primitive::Base64),
        TypeRef::Named(_) => true,
        _ => false,
    }
}

/// The `Accept` header: JSON when any response is JSON, else the documented media types.
fn accept_header(success: &ResponseSet, errors: &ResponseSet) -> Option<String> {
    let mut types: Vec<String> = Vec::new();
    for case in success.cases.iter().chain(&errors.cases) {
        if let Some(body) = &case.body {
            let media = if body.decoding == Decoding::Json { "application/json".to_string() } else { body.content_type.clone() };
            if !types.contains(&media) {
                types.push(media);
            }
        }
    }
    if types.is_empty() {
        None
    } else {
        Some(types.join(", "))
    }
}

/// Enum variant for a status: its reason phrase (`NotFound`), `Status2xx` for ranges.
fn status_variant(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => reason_phrase(code).map(str::to_string).unwrap_or_else(|| format!("Status{code}")),
        StatusMatch::Range(class) => format!("Status{class}xx"),
        StatusMatch::Default => "Default".to_string(),
    }
}

fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "SwitchingProtocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        421 => "MisdirectedRequest",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_and_media_types() {
        assert_eq!(template_names("/v1/accounts/{accountId}/x/{id}"), vec!["accountId", "id"]);
        assert_eq!(template_names("/broken/{x"), Vec::<String>::new());
        assert!(is_json("application/vnd.api+json; charset=utf-8"));
        assert_eq!(body_encoding("multipart/form-data"), BodyEncoding::Multipart(Vec::new()));
        assert_eq!(body_encoding("application/xml"), BodyEncoding::Binary);
        assert_eq!(status_variant(StatusMatch::Code(404)), "NotFound");
        assert_eq!(status_variant(StatusMatch::Code(299)), "Status299");
        assert_eq!(status_variant(StatusMatch::Range(5)), "Status5xx");
    }
}
