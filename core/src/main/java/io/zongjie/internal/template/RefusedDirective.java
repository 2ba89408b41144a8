package io.zongjie.internal.template;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Stands in for Velocity's {@code #include}, {@code #parse} and {@code #evaluate}, which read other files or run
 * text as a template: wherever one appears, the template fails to compile, naming the directive, line and column.
 * Registered over the built-ins, so no spelling or quoting trick in the template text can reach them.
 */
public abstract class RefusedDirective extends Directive {

    /** Velocity makes a fresh instance of a directive per use, by reflection. */
    protected RefusedDirective() {
    }

    @Override
    public int getType() {
        return DirectiveConstants.LINE;
    }

    @Override
    public void init(RuntimeServices rs, InternalContextAdapter context, Node node) throws TemplateInitException {
        throw refusal(node);
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        throw refusal(node);
    }

    private TemplateInitException refusal(Node node) {
        return new TemplateInitException("#" + getName() + " is not allowed in zongjie templates: they may not read "
                + "files or evaluate text", node.getTemplateName(), node.getColumn(), node.getLine());
    }

    /** {@code #include}. */
    public static final class Include extends RefusedDirective {
        /** For Velocity, which makes one per use. */
        public Include() {
        }

        @Override
        public String getName() {
            return "include";
        }
    }

    /** {@code #parse}. */
    public static final class Parse extends RefusedDirective {
        /** For Velocity, which makes one per use. */
        public Parse() {
        }

        @Override
        public String getName() {
            return "parse";
        }
    }

    /** {@code #evaluate}. */
    public static final class Evaluate extends RefusedDirective {
        /** For Velocity, which makes one per use. */
        public Evaluate() {
        }

        @Override
        public String getName() {
            return "evaluate";
        }
    }
}
