//! The shape of every server function in `app/src/api` (ARCHITECTURE.md, "The shape of a
//! capability"): it refuses fields it does not take (`KnownFields` over its own arguments), and
//! it makes one call into the backend, which authorizes, audits and reads a page's data in one
//! transaction. "One call" is counted as one `.await` in the function's body; an `async fn`
//! helper there may await once too, so a chain of them is still one call (the `KnownFields`
//! middleware itself aside).

use std::path::{Path, PathBuf};
use syn::visit::Visit;

fn api_files() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("rs"))
        .collect();
    files.sort();
    files
}

fn parse(path: &Path) -> syn::File {
    syn::parse_file(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn is_server_fn(function: &syn::ItemFn) -> bool {
    function.attrs.iter().any(|a| a.path().is_ident("server"))
}

/// `book_appointment` → `BookAppointment`: the argument struct `#[server]` generates.
fn pascal_case(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

#[derive(Default)]
struct Awaits(usize);

impl<'ast> Visit<'ast> for Awaits {
    fn visit_expr_await(&mut self, node: &'ast syn::ExprAwait) {
        self.0 += 1;
        syn::visit::visit_expr_await(self, node);
    }
}

/// Every function item in a file, at any depth of modules.
fn functions(file: &syn::File) -> Vec<syn::ItemFn> {
    #[derive(Default)]
    struct Functions(Vec<syn::ItemFn>);
    impl<'ast> Visit<'ast> for Functions {
        fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
            self.0.push(node.clone());
            syn::visit::visit_item_fn(self, node);
        }
    }
    let mut found = Functions::default();
    found.visit_file(file);
    found.0
}

#[test]
fn every_server_function_makes_one_backend_call() {
    let mut wrong = Vec::new();
    let mut counted = 0;
    for path in api_files() {
        if path.file_name().is_some_and(|f| f == "known_fields.rs") {
            continue;
        }
        for function in functions(&parse(&path)) {
            // A shared async helper counts as its server functions' one call, so it may make
            // only one itself.
            if !is_server_fn(&function) && function.sig.asyncness.is_none() {
                continue;
            }
            counted += usize::from(is_server_fn(&function));
            let mut awaits = Awaits::default();
            awaits.visit_block(&function.block);
            if awaits.0 > 1 {
                wrong.push(format!(
                    "{}: {} awaits {} calls; give the backend one function for it",
                    path.display(),
                    function.sig.ident,
                    awaits.0
                ));
            }
        }
    }
    assert!(counted > 50, "only {counted} server functions found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_server_function_refuses_fields_it_does_not_take() {
    let mut wrong = Vec::new();
    for path in api_files() {
        for function in functions(&parse(&path)).iter().filter(|f| is_server_fn(f)) {
            let name = function.sig.ident.to_string();
            let expected = format!(
                "crate::api::known_fields::KnownFields::<{}>::new()",
                pascal_case(&name)
            );
            let middleware: Vec<String> = function
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("middleware"))
                .map(|a| {
                    a.meta
                        .require_list()
                        .map(|list| list.tokens.to_string().replace(' ', ""))
                        .unwrap_or_default()
                })
                .collect();
            if !middleware.contains(&expected) {
                wrong.push(format!(
                    "{}: {name} needs #[middleware({expected})]",
                    path.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
