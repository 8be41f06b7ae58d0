# SPDX-License-Identifier: MIT
"""A figure that shows itself in Jupyter: the bytes of ``rangemap render``, drawn on demand."""


class Figure:
    """A scenario's map, drawn as ``rangemap render`` draws it.

    Jupyter shows it inline (``_repr_png_``, ``_repr_svg_``); :meth:`save` writes it to a file
    (PNG, SVG or PDF by the extension); :meth:`bytes` gives the file's bytes. Each format is
    drawn once, when first asked for.
    """

    def __init__(self, session, scenario, **options):
        self._session = session
        self._scenario = scenario
        self._options = options
        self._drawn = {}

    def bytes(self, format="png"):
        """The figure's file bytes in ``format`` ("png", "svg" or "pdf")."""
        if format not in self._drawn:
            self._drawn[format] = self._session.render(self._scenario, format=format, **self._options)
        return self._drawn[format]

    def _repr_png_(self):
        return self.bytes("png")

    def _repr_svg_(self):
        return self.bytes("svg").decode("utf-8")

    def save(self, path):
        """Writes the figure to ``path`` (.png, .svg or .pdf), atomically as every rangemap
        output: a failure leaves an existing file as it was. Returns the path."""
        from . import _rangemap

        path = str(path)
        _rangemap.format_of(path)
        fmt = path.rsplit(".", 1)[-1].lower()
        _rangemap.write_file(path, self.bytes(fmt))
        return path

    def __repr__(self):
        return f"<rangemap.Figure of {self._scenario or 'the built-in article figure'}>"
