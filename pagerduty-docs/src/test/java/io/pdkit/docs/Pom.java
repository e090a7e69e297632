package io.pdkit.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few facts of a {@code pom.xml} these checks need, read without Maven. */
record Pom(Path directory, Element project) {

	static Pom read(Path directory) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(directory.resolve("pom.xml").toFile());
			return new Pom(directory, document.getDocumentElement());
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read " + directory.resolve("pom.xml"), ex);
		}
	}

	String artifactId() {
		return text(this.project, "artifactId");
	}

	String version() {
		String version = text(this.project, "version");
		return version != null ? version : text(child(this.project, "parent"), "version");
	}

	String packaging() {
		String packaging = text(this.project, "packaging");
		return packaging != null ? packaging : "jar";
	}

	boolean hasParent() {
		return child(this.project, "parent") != null;
	}

	String property(String name) {
		return text(child(this.project, "properties"), name);
	}

	/** Published: deployed, that is not marked {@code maven.deploy.skip}. */
	boolean published() {
		return !"true".equals(property("maven.deploy.skip"));
	}

	List<String> modules() {
		return texts(child(this.project, "modules"), "module");
	}

	/**
	 * The artifactIds of this POM's {@code dependencyManagement}, as
	 * {@code groupId:artifactId}.
	 */
	List<String> managedDependencies() {
		List<String> managed = new ArrayList<>();
		Element dependencies = child(child(this.project, "dependencyManagement"), "dependencies");
		for (Element dependency : children(dependencies, "dependency")) {
			managed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
		}
		return managed;
	}

	Element element(String name) {
		return child(this.project, name);
	}

	static String text(Element parent, String name) {
		Element child = child(parent, name);
		return child != null ? child.getTextContent().strip() : null;
	}

	static List<String> texts(Element parent, String name) {
		return children(parent, name).stream().map(element -> element.getTextContent().strip()).toList();
	}

	static Element child(Element parent, String name) {
		List<Element> all = children(parent, name);
		return all.isEmpty() ? null : all.get(0);
	}

	static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		if (parent == null) {
			return children;
		}
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && element.getTagName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}
}
