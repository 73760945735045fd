((glue, wasm) => {
	const done = () => document.documentElement.setAttribute("data-hydrated", "true");
	const islands = document.querySelectorAll("leptos-island");
	if (islands.length === 0) {
		done();
		return;
	}
	import(glue).then(async (bundle) => {
		await bundle.default({ module_or_path: wasm });
		bundle.hydrate();
		for (const island of islands) {
			const hydrateIsland = bundle[island.dataset.component];
			if (hydrateIsland) {
				await hydrateIsland(island);
			} else {
				console.warn(`no island named ${island.dataset.component} in the bundle`);
			}
		}
		done();
	});
})
