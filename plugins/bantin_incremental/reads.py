"""The context names a page template reads, through every template it extends, includes or imports."""

from jinja2 import Environment, TemplateNotFound, meta


def template_reads(env: Environment, name: str) -> frozenset[str] | None:
    """Names the template `name` and its parts look up; None when a part is chosen at render time.

    An include whose name is an expression ({% include item.template %}) cannot be followed
    before rendering, so such a page is never considered unchanged.
    """
    names: set[str] = set()
    pending, seen = [name], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
        except TemplateNotFound:
            # `{% include ... ignore missing %}` of a template the theme does not have.
            continue
        tree = env.parse(source)
        names |= meta.find_undeclared_variables(tree)
        for referenced in meta.find_referenced_templates(tree):
            if referenced is None:
                return None
            pending.append(referenced)
    return frozenset(names)
