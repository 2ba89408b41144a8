package io.zongjie.internal.template;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.Template;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.parser.Token;
import org.apache.velocity.runtime.parser.node.ASTBlock;
import org.apache.velocity.runtime.parser.node.ASTComparisonNode;
import org.apache.velocity.runtime.parser.node.ASTMap;
import org.apache.velocity.runtime.parser.node.ASTMathNode;
import org.apache.velocity.runtime.parser.node.ASTNegateNode;
import org.apache.velocity.runtime.parser.node.ASTObjectArray;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTprocess;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.apache.velocity.util.introspection.Info;

/**
 * Puts the size budget into a parsed template where Velocity builds or walks values without asking the
 * {@link Sandbox.Uberspector}: list and map literals ({@code [$l, $l]}, {@code {$k: 1}}), and the operands of
 * arithmetic and comparisons ({@code $l + ""} and {@code $l == $m} call {@code toString} and {@code equals} on
 * whatever they are given). A list literal costs nothing to build even when it holds a tree shared a million
 * times over, but printing, comparing or hashing it walks every part: so each value built is charged its deep size
 * (every part counted as often as it recurs) the moment it is built, and each operand before it is used, at the
 * template's own line and column.
 *
 * <p>Printed references are marked too, so that a failure while printing (a value too large, a {@code #define}
 * block that refers to itself) names the line and column of the reference.
 *
 * <p>The wrappers delegate everything else to the node they wrap, and take its place in its parent before the
 * template is initialised; {@link Templates} applies them to every tree Velocity parses, the string literals it
 * interpolates included.
 */
final class GuardedNodes {

    private GuardedNodes() {
    }

    /** Wraps, in place, the nodes of {@code node}'s tree that build, walk or print values. */
    static void apply(Node node) {
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Node child = node.jjtGetChild(i);
            apply(child);
            Node wrapped = null;
            if (child instanceof ASTObjectArray || child instanceof ASTMap) {
                wrapped = new Checked(child, true);
            } else if (node instanceof ASTMathNode || node instanceof ASTComparisonNode
                    || node instanceof ASTNegateNode || node instanceof ASTMap && i % 2 == 0) {
                wrapped = child instanceof Checked ? null : new Checked(child, false);
            } else if (child instanceof ASTReference && (node instanceof ASTprocess || node instanceof ASTBlock)) {
                wrapped = new Printed(child);
            }
            if (wrapped != null) {
                node.jjtAddChild(wrapped, i);
            }
        }
    }

    /** A node standing in for another: everything is the other's. */
    private abstract static class Delegate extends SimpleNode {
        final Node inner;

        Delegate(Node inner) {
            super(inner.getType());
            this.inner = inner;
            this.parent = inner.jjtGetParent();
        }

        Info info() {
            return new Info(inner.getTemplateName(), inner.getLine(), inner.getColumn());
        }

        @Override
        public Object init(InternalContextAdapter context, Object data) throws TemplateInitException {
            inner.init(context, data);
            return data;
        }

        @Override
        public boolean evaluate(InternalContextAdapter context) throws MethodInvocationException {
            return inner.evaluate(context);
        }

        @Override
        public Object value(InternalContextAdapter context) throws MethodInvocationException {
            return inner.value(context);
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
            return inner.render(context, writer);
        }

        @Override
        public Object execute(Object o, InternalContextAdapter context) throws MethodInvocationException {
            return inner.execute(o, context);
        }

        @Override
        public String literal() {
            return inner.literal();
        }

        @Override
        public int getLine() {
            return inner.getLine();
        }

        @Override
        public int getColumn() {
            return inner.getColumn();
        }

        @Override
        public String getTemplateName() {
            return inner.getTemplateName();
        }

        @Override
        public Template getTemplate() {
            return inner.getTemplate();
        }

        @Override
        public Token getFirstToken() {
            return inner.getFirstToken();
        }

        @Override
        public Token getLastToken() {
            return inner.getLastToken();
        }

        @Override
        public String getFirstTokenImage() {
            return inner.getFirstTokenImage();
        }

        @Override
        public String getLastTokenImage() {
            return inner.getLastTokenImage();
        }

        @Override
        public int jjtGetNumChildren() {
            return inner.jjtGetNumChildren();
        }

        @Override
        public Node jjtGetChild(int i) {
            return inner.jjtGetChild(i);
        }

        @Override
        public int getInfo() {
            return inner.getInfo();
        }

        @Override
        public void setInfo(int info) {
            inner.setInfo(info);
        }

        @Override
        public boolean isInvalid() {
            return inner.isInvalid();
        }

        @Override
        public void setInvalid() {
            inner.setInvalid();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** A value built (a literal) or about to be walked (an operand): charged its deep size. */
    private static final class Checked extends Delegate {
        private final boolean built;

        Checked(Node inner, boolean built) {
            super(inner);
            this.built = built;
        }

        @Override
        public Object value(InternalContextAdapter context) throws MethodInvocationException {
            Object value = inner.value(context);
            Info at = info();
            Sandbox.step(at);
            Sandbox.checkValue(value, at, built ? "built" : "used");
            return value;
        }
    }

    /** A reference printed into the output: marks where the merge is before it prints. */
    private static final class Printed extends Delegate {
        Printed(Node inner) {
            super(inner);
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
            Sandbox.step(info());
            return inner.render(context, writer);
        }
    }
}
