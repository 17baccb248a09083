"""Which recorded wrong answers the autograde gate may grade in one submission.

The gate proves, for every recorded wrong answer, that its exercise loses points and that no other
exercise does. Graded one per submission, that is about 450 notebook runs for the course, half the time of
`make test`. Two wrong answers can share a submission when neither can change what the other's exercise
is graded on: then the first one's cell, however wrong, leaves the second exercise's cells exactly as they
would be alone, and each exercise's score in the shared submission is its score alone.

This module decides that from the code, conservatively (a pair it cannot prove apart is graded apart):

- what a wrong answer can *reach*: every name its cell assigns or imports, every name its exercise's
  solution assigns (the wrong cell may leave it unset), the names its exercise's test cells assign, any
  object it changes in place (`posts["x"] = ...`, `posts.drop(..., inplace=True)`, `items.append(...)`,
  `del`, `+=`), matplotlib's current figure if it draws; then, following the notebook, every name that a
  later cell computes from something it reaches (a given cell `top = result.head()` carries the reach on);
- what an exercise *depends on*: every name read by its solution, by the wrong answer in question and by
  its test cells.

Two wrong answers of two different exercises are apart when neither reaches anything the other depends
on. A wrong answer that could stop or stall the kernel, change Python itself, draw random numbers, or
change an object the analysis cannot name (`exec`, `globals()`, `setattr`, `while`, `sys.exit`, `input`,
`random`, a change through a call's result) is graded alone, as before.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

# Calls that change their object in place (Python's containers; pandas' in-place methods).
MUTATORS = frozenset({
    "append", "extend", "insert", "pop", "popitem", "remove", "clear", "update", "setdefault", "sort",
    "reverse", "add", "discard", "__setitem__", "__delitem__", "set_axis", "iadd",
})
# Calls on these names change shared state (matplotlib's current figure and axes).
LOCATORS = frozenset({"loc", "iloc", "at", "iat"})  # `table.loc[...] = ...` changes `table` itself
STATEFUL = {"plt": "plt", "matplotlib": "plt", "pyplot": "plt"}
_BINDS = (ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
_ALONE = re.compile(r"\b(while|exec|eval|compile|globals|locals|vars|setattr|delattr|__builtins__|__import__|"
                    r"importlib|sys|os|subprocess|input|exit|quit|SystemExit|KeyboardInterrupt|sleep|random|"
                    r"seed|signal|threading|gc|builtins|get_ipython|ipython|magic|system)\b|^\s*[%!]", re.M)


@dataclass(frozen=True)
class Case:
    """One recorded wrong answer: the exercise it answers, its number, its code."""

    answer_id: str
    k: int
    code: str


def _new_object(value: ast.AST) -> bool:
    """An expression that makes a new object: a literal, a comprehension, a copy, a new list, dict or table."""
    if isinstance(value, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp):
        return True
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    if name == "copy":  # pandas copies deeply by default; a dict's or list's copy is new itself
        return isinstance(func, ast.Attribute) and not value.keywords
    if name in ("list", "dict", "set"):
        return True
    # a table made from another table may share its data; from a literal it is new
    return name in ("DataFrame", "Series") and bool(value.args) and _new_object(value.args[0])


def _fresh(body: list[ast.AST]) -> set[str]:
    """Names a scope binds only to new objects (`table = df.copy()`, `wrong = []`): changing one of them in
    place changes nothing anybody else holds. Any other binding of the name (`table = df`) disqualifies it."""
    module = ast.Module(body=list(body), type_ignores=[])
    fresh: set[str] = set()
    fresh_nodes = set()
    for node in ast.walk(module):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and _new_object(node.value)):
            fresh.add(node.targets[0].id)
            fresh_nodes.add(id(node.targets[0]))
    stale = {node.id for node in ast.walk(module) if isinstance(node, ast.Name)
             and isinstance(node.ctx, ast.Store | ast.Del) and id(node) not in fresh_nodes}
    stale |= {node.name for node in ast.walk(module) if isinstance(node, ast.ExceptHandler) and node.name}
    return fresh - stale


def _root(node: ast.AST) -> str | None:
    """The name an attribute, subscript or call chain starts from (`posts` in `posts.loc[1, "a"]`)."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute | ast.Subscript | ast.Starred):
            node = node.value
        elif isinstance(node, ast.Call):
            return None  # a change to a call's result: nothing we can name
        else:
            return None


@dataclass
class Names:
    reads: set[str]  # names read before the cell assigns them (in a function: names it does not assign)
    writes: set[str]  # names the cell assigns, imports or changes in place
    alone: bool = False  # a change nobody can trace: grade it alone
    # per top-level statement: every name it reads (its functions' included), every name it writes, and the
    # names it binds anew whatever they held (a plain assignment, a definition, an import)
    steps: list[tuple[set[str], set[str], set[str]]] = field(default_factory=list)
    # it changes an object in place (but matplotlib's figure): that object may be another name's too
    # (`rows = posts`, or a table a test passes to its function), so a wrong answer that does is graded alone
    changes: bool = False


class _Scope(ast.NodeVisitor):
    """Reads, writes and in-place changes of one scope; nested functions, lambdas and comprehensions are
    scopes of their own, whose free names are read (or changed) by the scope that runs them."""

    def __init__(self):
        self.loads: set[str] = set()
        self.stores: set[str] = set()
        self.changed: set[str] = set()  # roots of in-place changes
        self.declared: set[str] = set()  # `global` / `nonlocal`
        self.alone = False
        self.log: list[tuple[str | None, bool]] = []  # in-place changes: (root, made on the root itself)
        self.risky = False  # an in-place change of something that may be shared (see `_fresh`)

    def _nested(self, params: set[str], body: list[ast.AST]) -> None:
        inner = _Scope()
        for node in body:
            inner.visit(node)
        local = (params | inner.stores) - inner.declared
        fresh = _fresh(body)
        for root, direct in inner.log:
            if root not in local:
                self.log.append((root, direct))
            elif not (direct and root in fresh):
                self.risky = True
        self.risky |= inner.risky
        self.loads |= inner.loads - local
        self.changed |= inner.changed - local
        self.stores |= inner.declared & inner.stores
        self.changed |= inner.declared & inner.changed
        self.alone |= inner.alone

    @staticmethod
    def _params(args: ast.arguments) -> set[str]:
        every = args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]
        return {a.arg for a in every}

    def visit_FunctionDef(self, node):
        self.stores.add(node.name)
        for expr in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self.visit(expr)
        self._nested(self._params(node.args), node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.stores.add(node.name)
        for expr in node.bases + node.keywords + node.decorator_list:
            self.visit(expr)
        self._nested(set(), node.body)

    def visit_Lambda(self, node):
        for expr in node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self.visit(expr)
        self._nested(self._params(node.args), [node.body])

    def _comprehension(self, node, parts):
        self.visit(node.generators[0].iter)  # evaluated in the enclosing scope
        targets = _Scope()
        for generator in node.generators:
            targets.visit(generator.target)
        rest = [g.iter for g in node.generators[1:]] + [c for g in node.generators for c in g.ifs] + parts
        self._nested(targets.stores, rest)

    def visit_ListComp(self, node):
        self._comprehension(node, [node.elt])

    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_DictComp(self, node):
        self._comprehension(node, [node.key, node.value])

    def visit_ExceptHandler(self, node):
        if node.name:
            self.stores.add(node.name)
        self.generic_visit(node)

    def visit_Global(self, node):
        self.declared |= set(node.names)

    visit_Nonlocal = visit_Global

    def visit_Name(self, node):
        (self.stores if isinstance(node.ctx, ast.Store | ast.Del) else self.loads).add(node.id)
        if node.id in STATEFUL:
            self.changed.add(STATEFUL[node.id])

    def visit_Import(self, node):
        for alias in node.names:
            self.stores.add((alias.asname or alias.name).split(".")[0])
            if alias.name.split(".")[0] in STATEFUL or alias.name.startswith("matplotlib"):
                self.changed.add("plt")

    visit_ImportFrom = visit_Import

    def _change(self, target: ast.AST) -> None:
        direct = isinstance(target, ast.Name) or (isinstance(target, ast.Attribute) and target.attr in LOCATORS
                                                  and isinstance(target.value, ast.Name))
        root = _root(target)
        self.log.append((root, direct))
        if root is None:
            self.alone = True
        else:
            self.changed.add(root)

    def visit_Attribute(self, node):
        if isinstance(node.ctx, ast.Store | ast.Del):
            self._change(node.value)
        self.generic_visit(node)

    visit_Subscript = visit_Attribute

    def visit_AugAssign(self, node):
        if not isinstance(node.target, ast.Name):
            self._change(node.target)
        else:
            self.loads.add(node.target.id)
        self.generic_visit(node)

    def visit_Call(self, node):
        method = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if any(k.arg == "inplace" for k in node.keywords) or method in MUTATORS:
            if isinstance(node.func, ast.Attribute):
                self._change(node.func.value)
            else:
                self.alone = True
        self.generic_visit(node)


def names(code: str) -> Names:
    """What a cell reads and what it can change (see the module's docstring)."""
    from IPython.core.inputtransformer2 import TransformerManager

    code = TransformerManager().transform_cell(code)  # as the kernel runs it: `%time x = 1` calls get_ipython()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return Names(set(), set())  # it runs nothing: it changes nothing
    found = Names(set(), set(), bool(_ALONE.search(code)))
    later: set[str] = set()  # what the cell's functions read: looked up when they run, after the cell
    log: list[tuple[str | None, bool]] = []

    def part(node: ast.AST | None, bound: set[str], *, definition: bool = False) -> None:
        """One expression or simple statement; `bound`: what the cell has surely assigned before it."""
        if node is None:
            return
        scope = _Scope()
        scope.visit(node)
        if definition:
            later.update(scope.loads)
        else:
            found.reads.update(scope.loads - bound)
        found.reads.update(scope.changed - bound)
        log.extend(scope.log)
        found.changes |= scope.risky
        found.writes.update(scope.stores | scope.changed)
        bound.update(scope.stores)
        found.alone |= scope.alone

    def block(statements: list[ast.stmt], bound: set[str]) -> None:
        """Statements in order: a name the cell assigned before it reads it is its own. A branch's, a loop's
        or a try's body gets a copy of `bound`: what it assigns is sure inside it, not after it."""
        for statement in statements:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                part(statement, bound, definition=True)
            elif isinstance(statement, ast.For | ast.AsyncFor):
                part(statement.iter, bound)
                inside = set(bound)
                part(statement.target, inside)
                block(statement.body, inside)
                block(statement.orelse, set(bound))
            elif isinstance(statement, ast.If | ast.While):
                part(statement.test, bound)
                block(statement.body, set(bound))
                block(statement.orelse, set(bound))
            elif isinstance(statement, ast.With | ast.AsyncWith):
                for item in statement.items:
                    part(item.context_expr, bound)
                    part(item.optional_vars, bound)
                block(statement.body, bound)
            elif isinstance(statement, ast.Try | getattr(ast, "TryStar", ast.Try)):
                block(statement.body, set(bound))
                for handler in statement.handlers:
                    part(handler.type, bound)
                    inside = set(bound) | ({handler.name} if handler.name else set())
                    found.writes |= inside - bound
                    block(handler.body, inside)
                block(statement.orelse, set(bound))
                block(statement.finalbody, bound)
            else:
                part(statement, bound)

    surely: set[str] = set()
    block(tree.body, surely)
    found.reads.update(later - surely)
    fresh = _fresh(tree.body)
    found.changes |= any(root != "plt" and not (direct and root in fresh) for root, direct in log)
    for statement in tree.body:
        scope = _Scope()
        scope.visit(statement)
        # a plain assignment, definition or import binds its names anew, whatever they held before
        anew = scope.stores - scope.changed if isinstance(statement, _BINDS) else set()
        found.steps.append((scope.loads | scope.changed, scope.stores | scope.changed, anew))
    return found


def plan(cells: list[tuple[str | None, str, str]], tests_of: dict[str, list[str]], cases: list[Case]) -> list[list[Case]]:
    """Group `cases` into submissions. `cells` is the notebook's code cells in order as (grade id, kind, code),
    kind "answer" (code is the solution), "test" or "given"; `tests_of` maps an exercise to its test ids.

    Every group holds at most one wrong answer per exercise, and its members are pairwise apart."""
    order = {grade_id: i for i, (grade_id, _, _) in enumerate(cells) if grade_id}
    cell_names = [names(code) for _, _, code in cells]
    nothing = Names(set(), set())

    def differing(case: Case, own: Names) -> dict[int, set[str]]:
        """Cell index -> the names that may hold something else than in the solved notebook when that cell
        starts to run, with this wrong answer in its cell (and every other cell as the solution has it)."""
        start = order[case.answer_id]
        differs = set(own.writes) | cell_names[start].writes  # the solution's names: the wrong cell may leave them
        at = {}
        for i in range(start + 1, len(cells)):
            at[i] = set(differs)
            fixed = cells[i][1] != "answer"  # another exercise's answer cell may hold a wrong answer too
            for reads, writes, bound in cell_names[i].steps:
                if reads & differs:  # a statement that reads what differs may differ
                    differs |= writes
                elif fixed:  # a name bound anew from what does not differ no longer differs
                    differs -= bound
        return at

    def reaches(at: dict[int, set[str]], other: Case, other_own: Names) -> bool:
        """Whether what differs reaches a cell that grades `other`: its answer (as written) or its tests."""
        cells_read = [(order[other.answer_id], other_own.reads)]
        cells_read += [(order[t], cell_names[order[t]].reads) for t in tests_of.get(other.answer_id, []) if t in order]
        return any(i in at and at[i] & reads for i, reads in cells_read)

    facts = {}
    for case in cases:
        own = names(case.code) if case.code.strip() else nothing
        alone = own.alone or own.changes or case.answer_id not in order
        facts[case] = (alone, own, {} if alone else differing(case, own))
    groups: list[list[Case]] = []
    for case in cases:
        alone, own, at = facts[case]
        home = None
        if not alone:
            for group in groups:
                if all(not facts[other][0] and other.answer_id != case.answer_id
                       and not reaches(at, other, facts[other][1]) and not reaches(facts[other][2], case, own)
                       for other in group):
                    home = group
                    break
        if home is None:
            groups.append([case])
        else:
            home.append(case)
    return groups
